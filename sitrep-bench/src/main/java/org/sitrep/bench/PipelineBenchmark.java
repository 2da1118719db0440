package org.sitrep.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.Pipeline;
import org.sitrep.Sitrep;
import org.sitrep.model.Article;
import org.sitrep.nlp.CoreNlpAnnotator;

/**
 * Throughput of the whole pipeline, in articles per second.
 *
 * <p>Workload: the eight short conflict-news paragraphs of {@link BenchArticles} (about 210
 * characters and two sentences each, published 2024-03-09), read one after another per invocation, so one operation
 * is one article. The pipeline is loaded once per fork with its default knowledge files and no
 * place names. {@code read} is {@code Pipeline.read}; {@code annotateOnly}, its baseline, runs only
 * the CoreNLP stage (tokens, sentences, POS, lemmas, NER), so that the difference is the time
 * spent in Sitrep's own stages. Add {@code -t 2} to read on two threads sharing the pipeline.
 *
 * <p>The warm-up is long because the JIT keeps compiling CoreNLP's code for tens of seconds after
 * the models load; a short run ({@code -wi 2}) reports a score still rising, with wide error bars.
 *
 * <p>Run from the repository root:
 *
 * <pre>{@code
 * mvn -q -pl sitrep-bench -am package -DskipTests
 * java -cp "$(cat sitrep-bench/target/classpath.txt):sitrep-bench/target/classes" \
 *     org.openjdk.jmh.Main PipelineBenchmark
 * }</pre>
 *
 * or {@code scripts/jmh.sh PipelineBenchmark}; a quick run: {@code scripts/jmh.sh
 * PipelineBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class PipelineBenchmark {

  private static final int ARTICLES = 8;

  private Pipeline pipeline;
  private CoreNlpAnnotator annotator;
  private List<Article> articles;

  @Setup
  public void setUp() {
    articles = BenchArticles.load();
    if (articles.size() != ARTICLES) {
      throw new IllegalStateException(
          "@OperationsPerInvocation says " + ARTICLES + " articles, found " + articles.size());
    }
    pipeline = Sitrep.load();
    annotator = CoreNlpAnnotator.load();
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void read(Blackhole sink) {
    for (Article article : articles) {
      sink.consume(pipeline.read(article));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void annotateOnly(Blackhole sink) {
    for (Article article : articles) {
      sink.consume(annotator.annotate(article.text()));
    }
  }
}
