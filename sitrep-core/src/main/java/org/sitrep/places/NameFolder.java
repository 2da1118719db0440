package org.sitrep.places;

import java.util.Set;

/**
 * The fallback keys of {@link PlaceNames}: a name folded by {@link
 * org.sitrep.gazetteer.NameFolding} without its leading Arabic article ({@code al-}, {@code el-},
 * {@code an-} ...) or a generic unit word ({@code "Idlib province"}, {@code "Cuauhtemoc
 * municipality"}).
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
