package org.sitrep;

/**
 * The real pipeline, loaded once per test JVM, without the place names and gazetteer of the
 * machine's {@code SITREP_HOME}: results must not depend on what a machine happens to have fetched.
 */
public final class TestPipeline {

  public static final Pipeline PIPELINE = Sitrep.load(PipelineConfig.builtInOnly());

  private TestPipeline() {}
}
