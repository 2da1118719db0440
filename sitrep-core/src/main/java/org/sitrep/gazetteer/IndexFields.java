package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The layout of a gazetteer document: an {@link GazetteerEntry} to Lucene fields and back. The
 * folded names ({@link #FOLDED}) and the romanisation keys ({@link #KEY}) are indexed terms; the
 * entry's columns are stored; {@link #RANK} and {@link #POPULATION} sort the matches.
 *
 * <p>Thread-safe: stateless.
 */
final class IndexFields {

  static final String ID = "id";
  static final String FOLDED = "folded";
  static final String KEY = "key";
  static final String POINT = "point";
  static final String FEATURE_CLASS = "fclass";
  static final String SOURCE = "source";
  static final String RANK = "rank";
  static final String POPULATION = "population";

  private static final String GEONAME_ID = "geonameid";
  private static final String NAME = "name";
  private static final String ASCII_NAME = "ascii";
  private static final String ALTERNATES = "alternates";
  private static final String LATITUDE = "lat";
  private static final String LONGITUDE = "lon";
  private static final String FEATURE_CODE = "fcode";
  private static final String COUNTRY = "cc";
  private static final String COUNTRY_NAME = "country";
  private static final String ADMIN1 = "a1";
  private static final String ADMIN1_NAME = "a1name";
  private static final String ADMIN2 = "a2";
  private static final String ADMIN2_NAME = "a2name";

  /** Separates alternate names in their stored field (GeoNames uses commas, which names hold). */
  private static final String SEPARATOR = "\u001f";

  /** Administrative units and populated places first, then population, largest first. */
  static final Sort RANKING =
      new Sort(new SortField(RANK, SortField.Type.LONG), new SortField(POPULATION, SortField.Type.LONG, true));

  private IndexFields() {}

  /** 0 for feature classes A and P, 1 for the others. */
  static int rank(String featureClass) {
    return "A".equals(featureClass) || "P".equals(featureClass) ? 0 : 1;
  }

  static Document toDocument(GazetteerEntry entry) {
    Document doc = new Document();
    doc.add(new StringField(ID, entry.identity(), Field.Store.NO));
    Set<String> folded = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    for (String name : entry.allNames()) {
      String f = NameFolding.fold(name);
      if (!f.isEmpty() && folded.add(f)) {
        String key = ArabicRomanisationKey.ofFolded(f);
        if (!key.isEmpty()) {
          keys.add(key);
        }
      }
    }
    for (String f : folded) {
      doc.add(new StringField(FOLDED, f, Field.Store.NO));
    }
    for (String key : keys) {
      doc.add(new StringField(KEY, key, Field.Store.NO));
    }
    doc.add(new LatLonPoint(POINT, entry.latitude(), entry.longitude()));
    doc.add(new StringField(FEATURE_CLASS, entry.featureClass(), Field.Store.YES));
    doc.add(new StringField(SOURCE, entry.source(), Field.Store.YES));
    doc.add(new NumericDocValuesField(RANK, rank(entry.featureClass())));
    doc.add(new NumericDocValuesField(POPULATION, entry.population()));
    doc.add(new StoredField(POPULATION, entry.population()));
    doc.add(new StoredField(GEONAME_ID, entry.geonameId()));
    doc.add(new StoredField(NAME, entry.name()));
    doc.add(new StoredField(ASCII_NAME, entry.asciiName()));
    doc.add(new StoredField(ALTERNATES, String.join(SEPARATOR, entry.alternateNames())));
    doc.add(new StoredField(LATITUDE, entry.latitude()));
    doc.add(new StoredField(LONGITUDE, entry.longitude()));
    doc.add(new StoredField(FEATURE_CODE, entry.featureCode()));
    doc.add(new StoredField(COUNTRY, entry.countryCode()));
    doc.add(new StoredField(COUNTRY_NAME, entry.countryName()));
    doc.add(new StoredField(ADMIN1, entry.admin1Code()));
    doc.add(new StoredField(ADMIN1_NAME, entry.admin1Name()));
    doc.add(new StoredField(ADMIN2, entry.admin2Code()));
    doc.add(new StoredField(ADMIN2_NAME, entry.admin2Name()));
    return doc;
  }

  static GazetteerEntry fromDocument(Document doc) {
    String alternates = doc.get(ALTERNATES);
    List<String> names = new ArrayList<>();
    if (alternates != null && !alternates.isEmpty()) {
      names.addAll(List.of(alternates.split(SEPARATOR)));
    }
    return new GazetteerEntry(
        number(doc.getField(GEONAME_ID)),
        doc.get(NAME),
        doc.get(ASCII_NAME),
        names,
        doc.getField(LATITUDE).numericValue().doubleValue(),
        doc.getField(LONGITUDE).numericValue().doubleValue(),
        doc.get(FEATURE_CLASS),
        doc.get(FEATURE_CODE),
        doc.get(COUNTRY),
        doc.get(COUNTRY_NAME),
        doc.get(ADMIN1),
        doc.get(ADMIN1_NAME),
        doc.get(ADMIN2),
        doc.get(ADMIN2_NAME),
        number(doc.getField(POPULATION)),
        doc.get(SOURCE));
  }

  private static long number(IndexableField field) {
    return field == null ? 0 : field.numericValue().longValue();
  }
}
