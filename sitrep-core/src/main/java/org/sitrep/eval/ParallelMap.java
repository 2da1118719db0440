package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a function to many items, on one thread or several, and times it. An item on which the
 * function throws gets a null result and is counted as failed.
 *
 * @param results the result of each item, in the order of the items; null where it failed
 * @param failed items on which the function threw
 * @param seconds wall-clock time of the whole run
 */
record ParallelMap<R>(List<R> results, int failed, double seconds) {

  /**
   * Applies {@code function} to {@code items} on {@code threads} threads (1: the calling thread;
   * more needs a thread-safe function), telling {@code progress} as items finish.
   */
  static <T, R> ParallelMap<R> run(
      List<T> items, Function<T, R> function, int threads, Progress progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    long start = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<R> results = new ArrayList<>(items.size());
    if (threads == 1) {
      for (T item : items) {
        results.add(apply(function, item, failed));
        progress.update(done.incrementAndGet(), items.size());
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
          futures.add(
              pool.submit(
                  () -> {
                    R result = apply(function, item, failed);
                    int n = done.incrementAndGet();
                    synchronized (progress) {
                      progress.update(n, items.size());
                    }
                    return result;
                  }));
        }
        for (Future<R> future : futures) {
          results.add(future.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("failed", e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    return new ParallelMap<>(results, failed.get(), (System.nanoTime() - start) / 1e9);
  }

  private static <T, R> R apply(Function<T, R> function, T item, AtomicInteger failed) {
    try {
      return function.apply(item);
    } catch (RuntimeException e) {
      failed.incrementAndGet();
      return null;
    }
  }
}
