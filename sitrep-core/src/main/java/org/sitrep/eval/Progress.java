package org.sitrep.eval;

/** Told how far an evaluation has got; the commands print it to standard error. */
@FunctionalInterface
public interface Progress {

  /** Tells nobody. */
  Progress NONE = (done, total) -> {};

  /** {@code done} of {@code total} rows have been read by the extractor. */
  void update(int done, int total);

  /** A progress that passes on every {@code step}-th row and the last one. */
  static Progress every(int step, Progress target) {
    return (done, total) -> {
      if (done % step == 0 || done == total) {
        target.update(done, total);
      }
    };
  }
}
