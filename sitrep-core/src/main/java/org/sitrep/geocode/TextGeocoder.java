package org.sitrep.geocode;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.Countries;
import org.sitrep.extract.PlaceFinder;
import org.sitrep.extract.PlaceMention;
import org.sitrep.extract.PlaceResolver;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.model.Place;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Sentence;

/**
 * Geocodes running text the way the pipeline geocodes an article: finds its place names and
 * resolves them together, each with its precision.
 *
 * <p>Thread-safe.
 */
public final class TextGeocoder {

  /** A place name found in the text and the place it was resolved to. */
  public record Found(PlaceMention mention, Place place) {}

  private final CoreNlpAnnotator annotator;
  private final GazetteerPlaceResolver resolver;
  private final PlaceFinder finder = new PlaceFinder();

  public TextGeocoder(CoreNlpAnnotator annotator, Gazetteer gazetteer, Countries countries) {
    this.annotator = annotator;
    this.resolver = new GazetteerPlaceResolver(gazetteer, countries);
  }

  /** Every place name of {@code text}, resolved. */
  public List<Found> geocode(String text) {
    AnnotatedText annotated = annotator.annotate(text);
    List<PlaceMention> mentions = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      finder.find(sentence, text, i -> false).stream().filter(m -> m.score() >= 2).forEach(mentions::add);
    }
    PlaceResolver.ArticlePlaces places = resolver.forArticle(text, mentions, null, null);
    return mentions.stream().map(m -> new Found(m, places.place(m))).toList();
  }
}
