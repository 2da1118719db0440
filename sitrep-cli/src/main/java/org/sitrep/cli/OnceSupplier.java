package org.sitrep.cli;

import java.util.function.Supplier;

/**
 * A supplier that asks its delegate once and then returns the same value: the pipeline is loaded
 * at most once per run, and only when a command needs it.
 *
 * <p>Not thread-safe: commands run on one thread.
 */
final class OnceSupplier<T> implements Supplier<T> {

  private final Supplier<T> delegate;
  private T value;

  OnceSupplier(Supplier<T> delegate) {
    this.delegate = delegate;
  }

  @Override
  public T get() {
    if (value == null) {
      value = delegate.get();
    }
    return value;
  }
}
