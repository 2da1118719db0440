package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.knowledge.TsvRow;
import org.sitrep.text.PhraseMatch;
import org.sitrep.text.PhraseTrie;
import org.sitrep.text.WordStream;

/**
 * The countries of {@code countries.tsv}, found in text by name, alias or adjective.
 *
 * <p>Thread-safe: immutable.
 */
public final class Countries {

  private final Map<String, Country> byIso3;
  private final Map<String, Country> byName;
  private final PhraseTrie<Country> names;

  private Countries(Map<String, Country> byIso3, Map<String, Country> byName, PhraseTrie<Country> names) {
    this.byIso3 = byIso3;
    this.byName = byName;
    this.names = names;
  }

  static Countries load(KnowledgeFiles files) {
    Map<String, Country> byIso3 = new LinkedHashMap<>();
    Map<String, Country> byName = new HashMap<>();
    PhraseTrie.Builder<Country> names = PhraseTrie.builder();
    for (TsvRow row : files.rows("countries.tsv")) {
      Country country =
          new Country(
              row.required("iso3"),
              row.get("iso2"),
              row.required("name"),
              row.list("adjectives"),
              row.list("aliases"),
              row.get("forces_name").isEmpty() ? row.required("name") : row.get("forces_name"));
      byIso3.put(country.iso3(), country);
      List<String> words = new ArrayList<>();
      words.add(country.name());
      words.addAll(country.aliases());
      words.addAll(country.adjectives());
      for (String word : words) {
        names.add(word, country);
        byName.putIfAbsent(word.toLowerCase(Locale.ROOT), country); // the first row keeps a shared word
      }
    }
    return new Countries(Map.copyOf(byIso3), Map.copyOf(byName), names.build());
  }

  public Optional<Country> byIso3(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : byIso3.get(iso3));
  }

  /** The country a whole phrase names: its name, an alias or an adjective ("U.S.", "Russian"), any case. */
  public Optional<Country> named(String phrase) {
    return Optional.ofNullable(byName.get(phrase.strip().toLowerCase(Locale.ROOT)));
  }

  public Collection<Country> all() {
    return byIso3.values();
  }

  /** Every country named in a sentence, with where. */
  public List<PhraseMatch<Country>> find(WordStream stream) {
    List<PhraseMatch<Country>> found = new ArrayList<>();
    for (PhraseMatch<Country> match : names.findAll(stream)) {
      // "Turkey" the country, not "turkey" the bird; adjectives are always capitalised in news.
      if (stream.token(match.from()).isCapitalised() || stream.token(match.from()).word().length() <= 3) {
        found.add(match);
      }
    }
    return found;
  }
}
