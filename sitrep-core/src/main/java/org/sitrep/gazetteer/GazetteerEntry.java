package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One place of the gazetteer, with the columns of a GeoNames row that Sitrep uses and the names
 * of its country and administrative units.
 *
 * @param geonameId the GeoNames id, 0 when the place has none (curated or user places)
 * @param name the name, in its own script and diacritics
 * @param asciiName the name in plain ASCII
 * @param alternateNames other names and spellings
 * @param latitude degrees north
 * @param longitude degrees east
 * @param featureClass GeoNames feature class: A (country, state, region), P (populated place) ...
 * @param featureCode GeoNames feature code: PCLI, ADM1, ADM2, PPL, PPLA ...
 * @param countryCode ISO 3166-1 alpha-2, empty when unknown
 * @param countryName the country's English name, empty when unknown
 * @param admin1Code the GeoNames first-level unit code, empty when unknown
 * @param admin1Name the first-level unit's name, empty when unknown
 * @param admin2Code the GeoNames second-level unit code, empty when unknown
 * @param admin2Name the second-level unit's name, empty when unknown
 * @param population inhabitants, 0 when unknown
 * @param source the file the entry was read from ({@code cities500.txt}, {@code supplement.txt})
 */
public record GazetteerEntry(
    long geonameId,
    String name,
    String asciiName,
    List<String> alternateNames,
    double latitude,
    double longitude,
    String featureClass,
    String featureCode,
    String countryCode,
    String countryName,
    String admin1Code,
    String admin1Name,
    String admin2Code,
    String admin2Name,
    long population,
    String source) {

  /** Feature codes of places wider than a province: continents, oceans, seas, gulfs, regions. */
  private static final Set<String> WIDE_CODES = Set.of("CONT", "OCN", "SEA", "GULF", "RGN", "PEN");

  /** Checks the ranges and replaces null strings by empty ones. */
  public GazetteerEntry {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a place needs a name");
    }
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("not a point: " + latitude + ", " + longitude);
    }
    if (geonameId < 0 || population < 0) {
      throw new IllegalArgumentException("negative geonameid or population");
    }
    asciiName = orEmpty(asciiName);
    alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
    featureClass = orEmpty(featureClass);
    featureCode = orEmpty(featureCode);
    countryCode = orEmpty(countryCode);
    countryName = orEmpty(countryName);
    admin1Code = orEmpty(admin1Code);
    admin1Name = orEmpty(admin1Name);
    admin2Code = orEmpty(admin2Code);
    admin2Name = orEmpty(admin2Name);
    source = orEmpty(source);
  }

  /** The name, the ASCII name and the alternate names, in that order, duplicates included. */
  public List<String> allNames() {
    ArrayList<String> names = new ArrayList<>(alternateNames.size() + 2);
    names.add(name);
    if (!asciiName.isEmpty()) {
      names.add(asciiName);
    }
    names.addAll(alternateNames);
    return names;
  }

  /** True for a country (GeoNames PCL, PCLI, PCLD ...). */
  public boolean isCountry() {
    return featureCode.startsWith("PCL");
  }

  /**
   * True for a country, a first-level unit, or a wider area (continent, ocean, sea, gulf, region,
   * peninsula): places that a name usually means when it has one, and that an event can be placed
   * in only at region precision.
   */
  public boolean isWideArea() {
    return isCountry() || featureCode.startsWith("ADM1") || WIDE_CODES.contains(featureCode);
  }

  /**
   * The key that identifies the entry across imports: its GeoNames id, or else its folded name,
   * country and point to five decimals.
   */
  public String identity() {
    if (geonameId > 0) {
      return Long.toString(geonameId);
    }
    // The country too: sources give two countries' units of one name the same point (Punjab).
    return String.format(
        Locale.ROOT, "%s@%s@%.5f,%.5f", NameFolding.fold(name), countryCode, latitude, longitude);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
