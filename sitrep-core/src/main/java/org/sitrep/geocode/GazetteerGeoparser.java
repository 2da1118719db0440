package org.sitrep.geocode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Countries;
import org.sitrep.extract.PlaceFinder;
import org.sitrep.extract.PlaceMention;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.gazetteer.MatchLevel;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.ResolvedToponym;
import org.sitrep.geo.TextSpan;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Sitrep's geoparser: finds place names with the pipeline's {@link PlaceFinder} (on CoreNLP's
 * sentences) and resolves the names of a document together with the {@link Geocoder}.
 *
 * <p>Thread-safe.
 */
public final class GazetteerGeoparser implements Geoparser {

  /** Places this big are toponyms wherever their name stands. */
  private static final long WELL_KNOWN_POPULATION = 500_000;
  /** Words that follow the name of a unit and belong to it: "Otter Tail County". */
  private static final Set<String> UNIT_WORDS =
      Set.of("county", "parish", "province", "governorate", "district", "region", "oblast", "prefecture");

  private final Geocoder geocoder;
  private final Gazetteer gazetteer;
  private final Countries countries;
  private final CoreNlpAnnotator annotator;
  private final PlaceFinder finder = new PlaceFinder();

  /** {@code annotator} may be null when only gold spans will be resolved. */
  public GazetteerGeoparser(Gazetteer gazetteer, Countries countries, CoreNlpAnnotator annotator) {
    this.geocoder = new Geocoder(gazetteer, countries);
    this.gazetteer = gazetteer;
    this.countries = countries;
    this.annotator = annotator;
  }

  @Override
  public List<ResolvedToponym> resolve(String text, List<TextSpan> toponyms) {
    List<Geocoder.Query> queries = new ArrayList<>();
    for (int i = 0; i < toponyms.size(); i++) {
      TextSpan span = toponyms.get(i);
      queries.add(Geocoder.Query.of(text, toponyms, i, text.substring(span.start(), span.end())));
    }
    List<Optional<GazetteerEntry>> resolved = geocoder.resolve(queries, null);
    List<ResolvedToponym> out = new ArrayList<>();
    for (int i = 0; i < toponyms.size(); i++) {
      TextSpan span = toponyms.get(i);
      String name = queries.get(i).name();
      out.add(resolved.get(i)
          .map(e -> new ResolvedToponym(span.start(), span.end(), name, e.latitude(), e.longitude(),
              e.geonameId() == 0 ? null : e.geonameId()))
          .orElse(new ResolvedToponym(span.start(), span.end(), name, null, null, null)));
    }
    return out;
  }

  @Override
  public List<ResolvedToponym> parse(String text) {
    if (annotator == null) {
      throw new IllegalStateException("this geoparser was made to resolve given toponyms only");
    }
    AnnotatedText annotated = annotator.annotate(text);
    List<TextSpan> spans = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      List<PlaceMention> places = finder.find(sentence, text, i -> false);
      for (PlaceMention mention : places) {
        if (mention.score() >= 2) {
          spans.add(withUnitWord(sentence, text, new TextSpan(mention.begin(), mention.end())));
        }
      }
      for (Token token : sentence.tokens()) {
        boolean taken = spans.stream().anyMatch(s -> s.start() < token.end() && token.begin() < s.end());
        if (!taken && isWellKnownPlace(token)) {
          spans.add(new TextSpan(token.begin(), token.end())); // "U.S.", "Russian", "Tokyo" in any position
        }
      }
    }
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return resolve(text, spans);
  }

  /**
   * "Otter Tail County", "Rapides Parish": the span with the unit word after it, when the gazetteer
   * knows the longer name (the finder stops names before such words).
   */
  private TextSpan withUnitWord(Sentence sentence, String text, TextSpan span) {
    for (Token next : sentence.tokens()) {
      if (next.begin() < span.end()) {
        continue;
      }
      if (next.begin() - span.end() > 1 || !next.isCapitalised() || !UNIT_WORDS.contains(next.lower())) {
        return span;
      }
      String longer = text.substring(span.start(), next.end());
      boolean known = gazetteer.find(longer, 1).stream().anyMatch(m -> m.level() == MatchLevel.EXACT);
      return known ? new TextSpan(span.start(), next.end()) : span;
    }
    return span;
  }

  /**
   * A capitalised word that names a country (or is its adjective) or a big place exactly: these
   * are toponyms wherever they stand, even where the finder sees no preposition before them.
   */
  private boolean isWellKnownPlace(Token token) {
    if (!token.isCapitalised() || token.word().length() < 2 || !token.pos().startsWith("NNP") && !token.pos().equals("JJ")) {
      return false;
    }
    if (countries.named(token.word()).isPresent()) {
      return true;
    }
    return token.pos().startsWith("NNP") && gazetteer.find(token.word(), 1).stream()
        .anyMatch(m -> m.level() == MatchLevel.EXACT && m.entry().population() >= WELL_KNOWN_POPULATION);
  }
}
