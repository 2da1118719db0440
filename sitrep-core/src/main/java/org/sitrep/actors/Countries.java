package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
  private final PhraseTrie<Country> names;

  private Countries(Map<String, Country> byIso3, PhraseTrie<Country> names) {
    this.byIso3 = byIso3;
    this.names = names;
  }

  static Countries load(KnowledgeFiles files) {
    Map<String, Country> byIso3 = new LinkedHashMap<>();
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
      names.add(country.name(), country);
      country.aliases().forEach(alias -> names.add(alias, country));
      country.adjectives().forEach(adjective -> names.add(adjective, country));
    }
    return new Countries(Map.copyOf(byIso3), names.build());
  }

  public Optional<Country> byIso3(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : byIso3.get(iso3));
  }

  /** ISO3 code of a country given by any name, alias, adjective, ISO2 or ISO3 code. */
  public Optional<String> iso3Of(String anyName) {
    if (anyName == null) {
      return Optional.empty();
    }
    for (Country country : byIso3.values()) {
      if (country.iso3().equalsIgnoreCase(anyName)
          || country.iso2().equalsIgnoreCase(anyName)
          || country.name().equalsIgnoreCase(anyName)) {
        return Optional.of(country.iso3());
      }
    }
    return Optional.empty();
  }

  /** The country a whole phrase names: its name, an alias or an adjective ("U.S.", "Russian"), any case. */
  public Optional<Country> named(String phrase) {
    String p = phrase.strip();
    for (Country country : byIso3.values()) {
      if (country.name().equalsIgnoreCase(p)
          || country.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(p))
          || country.adjectives().stream().anyMatch(a -> a.equalsIgnoreCase(p))) {
        return Optional.of(country);
      }
    }
    return Optional.empty();
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
