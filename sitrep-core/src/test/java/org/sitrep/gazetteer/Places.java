package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A tiny gazetteer of real places in GeoNames format, for tests. */
final class Places {

  /** Nine GeoNames rows (one comment line first); Nayrab has no GeoNames id. */
  static final String ROWS =
      String.join(
          "\n",
          "# fixture: real places, 19 columns",
          row("169389", "Idlib", "Idlib", "Idleb,Idlip,إدلب", "35.93062", "36.63393", "P", "PPLA", "SY", "12", "128840"),
          row("169388", "Idlib Governorate", "Idlib Governorate", "Idlib,Muhafazat Idlib", "35.75", "36.66667", "A", "ADM1", "SY", "12", "0"),
          row("9999901", "Idlib", "Idlib", "", "35.9", "36.6", "H", "STM", "SY", "12", "0"),
          row("164816", "Sarāqib", "Saraqib", "Saraqeb,Sarakeb", "35.86447", "36.80591", "P", "PPLA3", "SY", "12", "34231"),
          row("164782", "Sarmīn", "Sarmin", "Sarmine,Sermin", "35.90403", "36.72501", "P", "PPLA3", "SY", "12", "0"),
          row("167611", "Ma‘arrat an Nu‘mān", "Ma`arrat an Nu`man", "Ma'arrat al-Nu'man,Maaret el Noman", "35.6483", "36.67693", "P", "PPLA2", "SY", "12", "0"),
          row("170063", "Aleppo", "Aleppo", "Halab,حلب", "36.20124", "37.16117", "P", "PPLA", "SY", "09", "1602264"),
          row("163843", "Syria", "Syria", "Syrian Arab Republic", "35", "38", "A", "PCLI", "SY", "00", "22198110"),
          row("", "Nayrab", "Nayrab", "Al-Nayrab", "35.855", "36.745", "P", "PPL", "SY", "12", "0"))
          + "\n";

  private Places() {}

  static String row(
      String id, String name, String ascii, String alternates, String lat, String lon,
      String featureClass, String featureCode, String country, String admin1, String population) {
    return String.join(
        "\t", id, name, ascii, alternates, lat, lon, featureClass, featureCode, country, "",
        admin1, "", "", "", population, "", "", "Asia/Damascus", "2024-01-01");
  }

  /** Builds an index of {@link #ROWS} in {@code dir}. */
  static void index(Path dir) throws IOException {
    index(dir, ROWS);
  }

  /** Builds an index of GeoNames {@code rows} in {@code dir}. */
  static void index(Path dir, String rows) throws IOException {
    GeoNamesReader reader = new GeoNamesReader(AdminNames.none(), message -> {});
    try (GazetteerIndexer indexer = GazetteerIndexer.create(dir)) {
      indexer.importRows(new StringReader(rows), "fixture.txt", reader);
    }
  }

  /** The entries of GeoNames rows. */
  static List<GazetteerEntry> read(String rows) throws IOException {
    List<GazetteerEntry> entries = new ArrayList<>();
    new GeoNamesReader(AdminNames.none(), message -> {})
        .read(new StringReader(rows), "rows", "rows", entries::add);
    return entries;
  }
}
