package org.sitrep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.actors.ActorRegistry;
import org.sitrep.extract.ClaimAssembler;
import org.sitrep.extract.CueLexicon;
import org.sitrep.extract.PlaceResolver;
import org.sitrep.extract.SentenceFacts;
import org.sitrep.extract.SentenceReader;
import org.sitrep.extract.TriggerLexicon;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.geocode.GazetteerPlaceResolver;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.places.CountryFocus;
import org.sitrep.places.PlaceNames;

/**
 * Sitrep's extraction pipeline: a pure function from an {@link Article} to a {@link Report}. Its
 * stages, in order:
 *
 * <ol>
 *   <li>{@link CoreNlpAnnotator}: sentences, tokens, parts of speech, lemmas, named entities;
 *   <li>{@link SentenceReader}: actors, speakers, triggers, cues, dates, tolls and places per
 *       sentence;
 *   <li>{@link ClaimAssembler}: events and other claims, with their sides, dates, places, tolls,
 *       speakers and evidence.
 * </ol>
 *
 * <p>Thread-safe: load once and share between threads.
 */
public final class Pipeline {

  /** The knowledge files whose content is part of the pipeline's version. */
  private static final List<String> KNOWLEDGE = List.of(
      "countries.tsv", "state-forces.tsv", "generic-actors.tsv", "actors.tsv", "speakers.tsv", "triggers.tsv", "cues.tsv");

  private final CoreNlpAnnotator annotator;
  private final SentenceReader reader;
  private final ClaimAssembler assembler;
  private final String version;

  private Pipeline(CoreNlpAnnotator annotator, SentenceReader reader, ClaimAssembler assembler, String version) {
    this.annotator = annotator;
    this.reader = reader;
    this.assembler = assembler;
    this.version = version;
  }

  static Pipeline load(PipelineConfig config) {
    KnowledgeFiles files = KnowledgeFiles.withExtra(config.knowledgeDir());
    ActorRegistry registry = ActorRegistry.load(files);
    PlaceNames places;
    try {
      places = config.placesDir() == null ? PlaceNames.empty() : PlaceNames.load(config.placesDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read place names in " + config.placesDir() + ": " + e.getMessage(), e);
    }
    String version = version(files);
    return new Pipeline(
        CoreNlpAnnotator.load(),
        new SentenceReader(registry, TriggerLexicon.load(files), CueLexicon.load(files)),
        new ClaimAssembler(registry, new CountryFocus(places), placeResolver(config, registry), version),
        version);
  }

  /** The gazetteer's places when an index is installed, else the place words alone. */
  private static PlaceResolver placeResolver(PipelineConfig config, ActorRegistry registry) {
    Path index = config.gazetteerIndex();
    if (index == null || !Files.isDirectory(index)) {
      return PlaceResolver.wordsOnly();
    }
    try {
      return new GazetteerPlaceResolver(Gazetteer.open(index), registry.countries());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the gazetteer at " + index + ": " + e.getMessage(), e);
    }
  }

  /** Reads one article. */
  public Report read(Article article) {
    AnnotatedText text = annotator.annotate(article.text());
    List<SentenceFacts> facts = reader.read(text, article.published());
    List<Claim> claims = assembler.assemble(article, facts);
    return new Report(article, claims);
  }

  /**
   * Version of the code and knowledge files; part of every claim. The release number, then a
   * digest of the knowledge files, so that edited aliases or triggers give new claim ids.
   */
  public String version() {
    return version;
  }

  private static String version(KnowledgeFiles files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String name : KNOWLEDGE) {
        files.rows(name).forEach(row -> digest.update(row.cells().toString().getBytes(StandardCharsets.UTF_8)));
      }
      return release() + "+" + HexFormat.of().formatHex(digest.digest(), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static String release() {
    try (InputStream in = Pipeline.class.getResourceAsStream("/org/sitrep/version.txt")) {
      return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "dev";
    }
  }
}
