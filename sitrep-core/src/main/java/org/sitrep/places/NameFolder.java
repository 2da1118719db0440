package org.sitrep.places;

import java.util.Set;
import org.sitrep.gazetteer.NameFolding;

/**
 * Folds place names to the keys under which they are looked up: Unicode compatibility
 * decomposition, marks dropped, lower case, apostrophes dropped, any other run of non-letters and
 * non-digits turned into one space. "Ma'arat al-Nu'man", "MAARAT AL NUMAN" and "Maʿarat
 * al-Nuʿmān" all fold to {@code "maarat al numan"}.
 *
 * <p>Also strips a leading Arabic article ({@code al-}, {@code el-}, {@code an-} ...) and a
 * generic unit word ({@code "Idlib province"}, {@code "Cuauhtemoc municipality"}) for the
 * fallback lookups of {@link PlaceNames}.
 *
 * <p>Thread-safe: stateless.
 */
final class NameFolder {

  private static final String[] ARTICLES = {
    "al ", "el ", "an ", "ar ", "as ", "ash ", "at ", "ad ", "az "
  };

  private static final Set<String> UNIT_WORDS =
      Set.of(
          "province", "governorate", "oblast", "region", "state", "district", "municipality",
          "county", "department", "prefecture", "division", "territory", "raion", "rayon",
          "wilaya", "governorat", "muhafazah", "city", "town", "village");

  private NameFolder() {}

  /** The lookup key of a name (the gazetteer's folding); empty when it has no letter or digit. */
  static String fold(String name) {
    return NameFolding.fold(name);
  }

  /** A folded name without its leading Arabic article, or the same string when it has none. */
  static String stripArticle(String folded) {
    for (String article : ARTICLES) {
      if (folded.startsWith(article) && folded.length() > article.length()) {
        return folded.substring(article.length());
      }
    }
    return folded;
  }

  /**
   * A folded name without a generic unit word at its end ({@code "idlib province"}) or start
   * ({@code "province of idlib"}), or the same string when it has none.
   */
  static String stripUnitWord(String folded) {
    int lastSpace = folded.lastIndexOf(' ');
    if (lastSpace > 0 && UNIT_WORDS.contains(folded.substring(lastSpace + 1))) {
      return folded.substring(0, lastSpace);
    }
    int of = folded.indexOf(" of ");
    if (of > 0 && UNIT_WORDS.contains(folded.substring(0, of)) && folded.length() > of + 4) {
      return folded.substring(of + 4);
    }
    return folded;
  }
}
