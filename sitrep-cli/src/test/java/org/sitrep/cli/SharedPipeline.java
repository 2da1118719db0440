package org.sitrep.cli;

import org.sitrep.Pipeline;
import org.sitrep.Sitrep;

/** The real pipeline, loaded once for all CLI tests in this JVM (class-holder idiom). */
final class SharedPipeline {

  static final Pipeline PIPELINE = Sitrep.load();

  private SharedPipeline() {}
}
