package org.sitrep.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.knowledge.TsvRow;
import org.sitrep.model.Article;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Sentence;
import org.sitrep.text.PhraseTrie;
import org.sitrep.text.Words;
import org.sitrep.text.WordStream;

/**
 * Time to find every trigger phrase in a set of sentences with {@link PhraseTrie#findAll}, the
 * lexicon lookup that runs for every sentence of every article.
 *
 * <p>Workload: the phrases of the built-in {@code triggers.tsv} (about 500, some with {@code *}
 * gaps) in one trie; the sentences of the eight {@link BenchArticles}, annotated once by CoreNLP
 * in the setup and turned into {@link WordStream}s (16 sentences, about 300 words). One operation
 * is one pass over all sentences. {@code firstWordLookup}, the baseline, only looks every word and
 * its lemma up in a hash set of the phrases' first words: the least any dictionary scan costs.
 *
 * <p>Run from the repository root:
 *
 * <pre>{@code
 * mvn -q -pl sitrep-bench -am package -DskipTests
 * java -cp "$(cat sitrep-bench/target/classpath.txt):sitrep-bench/target/classes" \
 *     org.openjdk.jmh.Main PhraseTrieBenchmark
 * }</pre>
 *
 * or {@code scripts/jmh.sh PhraseTrieBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class PhraseTrieBenchmark {

  private PhraseTrie<String> trie;
  private Set<String> firstWords;
  private List<WordStream> sentences;

  @Setup
  public void setUp() {
    PhraseTrie.Builder<String> builder = PhraseTrie.builder();
    firstWords = new HashSet<>();
    for (TsvRow row : KnowledgeFiles.builtIn().rows("triggers.tsv")) {
      String phrase = row.required("phrase");
      builder.add(phrase, phrase);
      List<String> words = Words.split(phrase);
      if (!words.isEmpty()) {
        firstWords.add(words.get(0));
      }
    }
    trie = builder.build();
    CoreNlpAnnotator annotator = CoreNlpAnnotator.load();
    sentences = new ArrayList<>();
    for (Article article : BenchArticles.load()) {
      for (Sentence sentence : annotator.annotate(article.text()).sentences()) {
        sentences.add(WordStream.of(sentence));
      }
    }
  }

  /** Matches found; returned so that the work is not optimised away. */
  @Benchmark
  public int findAll() {
    int found = 0;
    for (WordStream sentence : sentences) {
      found += trie.findAll(sentence).size();
    }
    return found;
  }

  /** Words whose form or lemma starts some phrase. */
  @Benchmark
  public int firstWordLookup() {
    int found = 0;
    for (WordStream sentence : sentences) {
      for (WordStream.Word word : sentence.words()) {
        if (firstWords.contains(word.word()) || firstWords.contains(word.lemma())) {
          found++;
        }
      }
    }
    return found;
  }
}
