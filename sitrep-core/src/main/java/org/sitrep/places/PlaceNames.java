package org.sitrep.places;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.gazetteer.CityDistricts;
import org.sitrep.gazetteer.NameFolding;

/**
 * An in-memory index of place names: from a name as a text writes it to the places it can stand
 * for, each with its country. Loaded from the files that {@code scripts/fetch-places.sh} writes
 * (format: {@link PlacesFileReader}); a lookup is a hash-map probe or a few.
 *
 * <p>Names match after folding (see {@link NameFolder}): accents, case, hyphens and apostrophes do
 * not matter. When the name as given matches nothing, a lookup tries it without a generic unit
 * word ({@code "Idlib province"}), then without a leading Arabic article in the query or in the
 * stored names ({@code "al-Hasakah"} finds {@code "Hasakah"} and the reverse).
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class PlaceNames {

  /** The files {@link #load} reads from a folder, in this order, each one if present. */
  public static final List<String> FILE_NAMES = List.of("places.tsv.gz", "places.tsv");

  private static final Comparator<PlaceName> RANK =
      Comparator.comparing(PlaceName::kind)
          .thenComparing(Comparator.comparingLong(PlaceName::population).reversed())
          .thenComparing(PlaceName::name)
          .thenComparing(PlaceName::countryIso3);

  private static final PlaceName[] NONE = new PlaceName[0];
  private static final PlaceNames EMPTY = new PlaceNames(Map.of(), Map.of(), Map.of(), 0);

  private final Map<String, PlaceName[]> byName;
  private final Map<String, PlaceName[]> byNameWithoutArticle;
  private final Map<String, String> countryNames;
  private final int size;

  private PlaceNames(
      Map<String, PlaceName[]> byName,
      Map<String, PlaceName[]> byNameWithoutArticle,
      Map<String, String> countryNames,
      int size) {
    this.byName = byName;
    this.byNameWithoutArticle = byNameWithoutArticle;
    this.countryNames = countryNames;
    this.size = size;
  }

  /** No places at all: every lookup finds nothing. */
  public static PlaceNames empty() {
    return EMPTY;
  }

  /**
   * Loads the places files of {@code dir} ({@link #FILE_NAMES}); an empty index when the folder or
   * the files are missing.
   *
   * @throws CorruptPlacesFileException when a file breaks the format, naming the file and line
   * @throws IOException when a file cannot be read
   */
  public static PlaceNames load(Path dir) throws IOException {
    Builder builder = new Builder();
    PlacesFileReader reader = new PlacesFileReader();
    for (String fileName : FILE_NAMES) {
      Path file = dir.resolve(fileName);
      if (Files.isRegularFile(file)) {
        reader.read(file, builder::add);
      }
    }
    return builder.size == 0 ? EMPTY : builder.build();
  }

  /**
   * The places a name can stand for, best first: countries, then first-level units, then
   * second-level units, then populated places; within a kind, the most populous first. Empty when
   * the name is unknown.
   */
  public List<PlaceName> lookup(String name) {
    if (size == 0 || name == null) {
      return List.of();
    }
    String folded = NameFolding.fold(name);
    PlaceName[] found = find(folded);
    if (found.length == 0) {
      String bare = NameFolder.stripUnitWord(folded);
      if (!bare.equals(folded)) {
        found = find(bare);
      }
    }
    String city = CityDistricts.city(name);
    if (found.length == 0 && city != null) {
      found = find(NameFolding.fold(city)); // "Mogadishu-Hodan": a district of Mogadishu
    }
    return Collections.unmodifiableList(Arrays.asList(found));
  }

  /** The English name of a country by its ISO 3166-1 alpha-3 code, when a place lies in it. */
  public Optional<String> countryName(String countryIso3) {
    return Optional.ofNullable(countryNames.get(countryIso3));
  }

  /** How many places the index holds. */
  public int size() {
    return size;
  }

  /** How many distinct folded names lead to a place. */
  public int nameCount() {
    return byName.size() + byNameWithoutArticle.size();
  }

  private PlaceName[] find(String folded) {
    if (folded.isEmpty()) {
      return NONE;
    }
    PlaceName[] found = byName.getOrDefault(folded, NONE);
    if (found.length > 0) {
      return found;
    }
    String bare = NameFolder.stripArticle(folded);
    if (!bare.equals(folded)) {
      found = byName.getOrDefault(bare, NONE);
      if (found.length > 0) {
        return found;
      }
    }
    return byNameWithoutArticle.getOrDefault(bare, NONE);
  }

  /** Collects places into the two maps; arrays grow by one since most names have one place. */
  private static final class Builder {
    private final Map<String, PlaceName[]> byName = new HashMap<>(1 << 20);
    private final Map<String, PlaceName[]> byNameWithoutArticle = new HashMap<>(1 << 12);
    private final Map<String, String> countryNames = new HashMap<>();
    private String[] keys = new String[16];
    private int keyCount;
    private int size;

    void add(PlaceName place, String alternateNames) {
      size++;
      if (place.kind() == PlaceName.Kind.COUNTRY || !countryNames.containsKey(place.countryIso3())) {
        countryNames.put(place.countryIso3(), place.countryName());
      }
      keyCount = 0;
      addKey(NameFolding.fold(place.name()));
      int from = 0;
      while (from <= alternateNames.length() && !alternateNames.isEmpty()) {
        int bar = alternateNames.indexOf('|', from);
        int to = bar < 0 ? alternateNames.length() : bar;
        addKey(NameFolding.fold(alternateNames.substring(from, to)));
        from = to + 1;
      }
      for (int i = 0; i < keyCount; i++) {
        put(byName, keys[i], place);
      }
      int direct = keyCount;
      for (int i = 0; i < direct; i++) {
        String bare = NameFolder.stripArticle(keys[i]);
        if (bare != keys[i] && addKey(bare)) {
          put(byNameWithoutArticle, bare, place);
        }
      }
    }

    /** Adds a key of the current place unless empty or already there; true when added. */
    private boolean addKey(String key) {
      if (key.isEmpty()) {
        return false;
      }
      for (int i = 0; i < keyCount; i++) {
        if (keys[i].equals(key)) {
          return false;
        }
      }
      if (keyCount == keys.length) {
        keys = Arrays.copyOf(keys, keyCount * 2);
      }
      keys[keyCount++] = key;
      return true;
    }


    private static void put(Map<String, PlaceName[]> map, String key, PlaceName place) {
      PlaceName[] old = map.get(key);
      if (old == null) {
        map.put(key, new PlaceName[] {place});
      } else {
        PlaceName[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = place;
        map.put(key, grown);
      }
    }

    PlaceNames build() {
      byName.values().forEach(places -> Arrays.sort(places, RANK));
      byNameWithoutArticle.values().forEach(places -> Arrays.sort(places, RANK));
      return new PlaceNames(
          byName, byNameWithoutArticle, Map.copyOf(countryNames), size);
    }
  }
}
