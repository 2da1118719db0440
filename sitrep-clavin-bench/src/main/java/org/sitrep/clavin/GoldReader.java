package org.sitrep.clavin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the toponyms with coordinates of a GeoWebNews, LGL or GeoVirus gold file (Gritta et al.)
 * with StAX. A toponym counts when it has a name ({@code phrase}, {@code extractedName} or {@code
 * name}), a start and an end inside the text, a latitude and a longitude; that is the set {@code
 * ./sitrep eval geo} scores, and {@link SideBySide} warns when the two counts differ. DTDs and
 * external entities are refused.
 *
 * <p>Thread-safe: no state.
 */
public final class GoldReader {

  private static final Set<String> FIELDS =
      Set.of(
          "start", "end", "phrase", "extractedName", "name", "lat", "lon", "latitude",
          "longitude", "geonamesID");

  private GoldReader() {}

  /** The documents of {@code file}, in file order. */
  public static List<GoldDocument> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** The documents of {@code in}, in order. */
  public static List<GoldDocument> read(InputStream in) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return documents(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("not readable XML: " + e.getMessage(), e);
    }
  }

  private static List<GoldDocument> documents(XMLStreamReader xml) throws XMLStreamException {
    List<GoldDocument> documents = new ArrayList<>();
    String id = null;
    int textLength = 0;
    List<Map<String, String>> toponyms = new ArrayList<>();
    Map<String, String> toponym = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = xml.getLocalName();
        if (element.equals("article")) {
          id = xml.getAttributeValue(null, "file");
          id = id != null ? id : xml.getAttributeValue(null, "docid");
          textLength = 0;
          toponyms = new ArrayList<>();
        } else if (element.equals("toponym") || element.equals("location")) {
          toponym = new HashMap<>();
        } else if (toponym != null && element.equals("gaztag")) {
          String geonameId = xml.getAttributeValue(null, "geonameid");
          if (geonameId != null) {
            toponym.put("geonamesID", geonameId);
          }
        } else if (toponym != null && FIELDS.contains(element)) {
          toponym.putIfAbsent(element, xml.getElementText().strip());
        } else if (toponym == null && element.equals("text")) {
          textLength = xml.getElementText().length();
        } else if (toponym == null && element.equals("source") && id == null) {
          id = xml.getElementText().strip();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String element = xml.getLocalName();
        if (toponym != null && (element.equals("toponym") || element.equals("location"))) {
          toponyms.add(toponym);
          toponym = null;
        } else if (element.equals("article")) {
          String docId = id == null || id.isBlank() ? Integer.toString(documents.size() + 1) : id;
          documents.add(new GoldDocument(docId, scored(toponyms, textLength)));
          id = null;
        }
      }
    }
    return documents;
  }

  private static List<GoldToponym> scored(List<Map<String, String>> raw, int textLength) {
    List<GoldToponym> scored = new ArrayList<>();
    for (Map<String, String> t : raw) {
      String name = first(t, "phrase", "extractedName", "name");
      Long start = number(t.get("start"));
      Long end = number(t.get("end"));
      Double lat = decimal(first(t, "lat", "latitude"));
      Double lon = decimal(first(t, "lon", "longitude"));
      if (name == null || start == null || end == null || lat == null || lon == null) {
        continue;
      }
      if (start < 0 || end < start || end > textLength) {
        continue;
      }
      scored.add(new GoldToponym(name, start.intValue(), lat, lon, number(t.get("geonamesID"))));
    }
    return scored;
  }

  private static String first(Map<String, String> t, String... keys) {
    for (String key : keys) {
      String value = t.get(key);
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return null;
  }

  private static Long number(String s) {
    try {
      return s == null ? null : Long.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double decimal(String s) {
    try {
      return s == null ? null : Double.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
