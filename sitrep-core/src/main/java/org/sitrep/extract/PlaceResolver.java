package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Place;

/**
 * Turns the place words of an article's claims into places. An article's mentions are resolved
 * together, because each tells where the others are.
 *
 * <p>Implementations are thread-safe; the {@link ArticlePlaces} they return belong to one article.
 */
public interface PlaceResolver {

  /**
   * The places of one article, given its text, all its place mentions (offsets into the text) and
   * its country (ISO3, or null).
   */
  ArticlePlaces forArticle(String text, List<PlaceMention> mentions, String countryIso3, String countryName);

  /** The places of one article. */
  interface ArticlePlaces {

    /** The place of a claim whose place words are {@code mention} (null: none named). */
    Place place(PlaceMention mention);

    /**
     * As {@link #place(PlaceMention)}, where the claim's sentence also names {@code nearby}: a
     * resolver may place a name it does not know near one of those it does ("a shoot-out in Morro
     * do Cavalao" in a sentence about Niteroi is near Niteroi). By default the nearby are ignored.
     */
    default Place place(PlaceMention mention, List<PlaceMention> nearby) {
      return place(mention);
    }
  }

  /** Keeps the words only, with the article's country: what Sitrep does without a gazetteer. */
  static PlaceResolver wordsOnly() {
    return (text, mentions, iso3, countryName) ->
        mention -> Place.mentioned(mention == null ? null : mention.name(), countryName);
  }
}
