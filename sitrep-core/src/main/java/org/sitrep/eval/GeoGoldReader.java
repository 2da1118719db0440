package org.sitrep.eval;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitrep.geo.TextSpan;

/**
 * Reads the XML geoparsing gold sets of Gritta et al., telling the format from the content:
 *
 * <ul>
 *   <li>GeoWebNews: {@code <article file><text/><toponyms><toponym><extractedName/><start/>
 *       <end/><geonamesID/><latitude/><longitude/>}; only some toponyms carry coordinates
 *       (literals, metonyms, modifiers ...), the others (expressions such as "church") have none.
 *   <li>LGL: {@code <article docid><text/><toponyms><toponym><start/><end/><phrase/><gaztag
 *       geonameid><lat/><lon/>}; a toponym without {@code gaztag} has no coordinates.
 *   <li>GeoVirus: {@code <article><source/><text/><locations><location><name/><start/><end/>
 *       <lat/><lon/><page/>}.
 * </ul>
 *
 * <p>Toponyms with coordinates are scored; those without are kept as spans that are no false
 * positive when found. Offsets are checked: a toponym whose text at start..end differs from its
 * name but matches one character to the left or right is moved there; one that still differs is
 * kept as given and counted; one whose offsets lie outside the text is left out and described in
 * {@link Documents#problems()}. DTDs and external entities are refused.
 *
 * <p>Thread-safe: no state.
 */
public final class GeoGoldReader {

  /** Leaf elements of a toponym whose text is read. */
  private static final Set<String> FIELDS =
      Set.of(
          "start", "end", "phrase", "extractedName", "name", "lat", "lon", "latitude",
          "longitude", "geonamesID");

  /**
   * What a file holds.
   *
   * @param format "GeoWebNews", "LGL" or "GeoVirus"
   * @param documents the documents, in file order
   * @param offsets how the offsets of the toponyms with coordinates compared with their names
   * @param problems one message per toponym left out
   */
  public record Documents(
      String format, List<GeoDocument> documents, OffsetCheck offsets, List<String> problems) {
    public Documents {
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
    }

    /** Gold toponyms with coordinates over all documents. */
    public int toponyms() {
      return documents.stream().mapToInt(d -> d.toponyms().size()).sum();
    }
  }

  /**
   * How the offsets of the toponyms with coordinates compared with the names the file gives.
   *
   * @param matching text at start..end is the name (ignoring case and runs of white space)
   * @param shifted the name was one character to the left or right, and was moved there
   * @param differing neither; kept as given
   * @param outside offsets outside the text; left out
   */
  public record OffsetCheck(int matching, int shifted, int differing, int outside) {}

  private GeoGoldReader() {}

  /** Reads {@code in}; {@code name} (the file name) starts every message. */
  public static Documents read(Reader in, String name) throws EvalInputException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return new Parse(name).run(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new EvalInputException(name + ": not readable XML: " + e.getMessage(), e);
    }
  }

  /** The state of one read. */
  private static final class Parse {
    private final String file;
    private final List<GeoDocument> documents = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int matching;
    private int shifted;
    private int differing;
    private int outside;
    private String format;

    Parse(String file) {
      this.file = file;
    }

    Documents run(XMLStreamReader xml) throws XMLStreamException, EvalInputException {
      String id = null;
      String text = null;
      List<Map<String, String>> toponyms = new ArrayList<>();
      Map<String, String> toponym = null;
      boolean inArticle = false;
      boolean sawRoot = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new EvalInputException(file + ": has a DTD; gold files must not");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String element = xml.getLocalName();
          if (!sawRoot) {
            sawRoot = true;
            if (!element.equals("articles")) {
              throw notGold("its root element is <" + element + ">");
            }
          } else if (element.equals("article")) {
            inArticle = true;
            id = attribute(xml, "file", attribute(xml, "docid", null));
            text = null;
            toponyms = new ArrayList<>();
          } else if (!inArticle) {
            continue;
          } else if (element.equals("toponym") || element.equals("location")) {
            toponym = new HashMap<>();
            toponym.put("", element);
          } else if (toponym != null && element.equals("gaztag")) {
            String geonameId = attribute(xml, "geonameid", null);
            if (geonameId != null) {
              toponym.put("geonameid", geonameId);
            }
            toponym.put("gaztag", "");
          } else if (toponym != null && FIELDS.contains(element)) {
            toponym.putIfAbsent(element, xml.getElementText().strip());
          } else if (toponym == null && element.equals("text")) {
            text = xml.getElementText();
          } else if (toponym == null && element.equals("source") && id == null) {
            id = xml.getElementText().strip();
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String element = xml.getLocalName();
          if (toponym != null && (element.equals("toponym") || element.equals("location"))) {
            toponyms.add(toponym);
            toponym = null;
          } else if (element.equals("article")) {
            inArticle = false;
            String docId = id == null || id.isEmpty() ? Integer.toString(documents.size() + 1) : id;
            documents.add(document(docId, text == null ? "" : text, toponyms));
          }
        }
      }
      if (!sawRoot) {
        throw notGold("it is empty");
      }
      return new Documents(
          format == null ? "unknown" : format,
          documents,
          new OffsetCheck(matching, shifted, differing, outside),
          problems);
    }

    private EvalInputException notGold(String why) {
      return new EvalInputException(
          file + ": not a GeoWebNews, LGL or GeoVirus file (" + why + ")");
    }

    private GeoDocument document(String id, String text, List<Map<String, String>> raw) {
      List<GoldToponym> scored = new ArrayList<>();
      List<TextSpan> unscored = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        Map<String, String> t = raw.get(i);
        noteFormat(t);
        String where = file + ": article " + id + ", toponym " + (i + 1);
        String name = first(t, "phrase", "extractedName", "name");
        Integer start = integer(t.get("start"));
        Integer end = integer(t.get("end"));
        if (start == null || end == null || name == null) {
          problems.add(where + ": no start, end or name");
          continue;
        }
        Double lat = decimal(first(t, "lat", "latitude"));
        Double lon = decimal(first(t, "lon", "longitude"));
        boolean hasPoint = lat != null && lon != null;
        TextSpan span = locate(text, name, start, end, hasPoint);
        if (span == null) {
          if (hasPoint) {
            problems.add(
                where + " '" + name + "': offsets " + start + ".." + end
                    + " outside the text of " + text.length() + " characters");
          }
          continue;
        }
        if (!hasPoint) {
          unscored.add(span);
          continue;
        }
        Long geonameId = longId(first(t, "geonameid", "geonamesID"));
        scored.add(new GoldToponym(span.start(), span.end(), name, lat, lon, geonameId));
      }
      return new GeoDocument(id, text, scored, unscored);
    }

    private void noteFormat(Map<String, String> t) {
      if (format != null) {
        return;
      }
      if (t.get("").equals("location")) {
        format = "GeoVirus";
      } else if (t.containsKey("extractedName")) {
        format = "GeoWebNews";
      } else if (t.containsKey("phrase")) {
        format = "LGL";
      }
    }

    /** The span of {@code name}, moved by one if the file needs it; null when outside the text. */
    private TextSpan locate(String text, String name, int start, int end, boolean count) {
      if (start < 0 || end < start || end > text.length()) {
        outside += count ? 1 : 0;
        return null;
      }
      if (same(text.substring(start, end), name)) {
        matching += count ? 1 : 0;
        return new TextSpan(start, end);
      }
      for (int shift : new int[] {-1, 1}) {
        int s = start + shift;
        int e = end + shift;
        if (s >= 0 && e <= text.length() && same(text.substring(s, e), name)) {
          shifted += count ? 1 : 0;
          return new TextSpan(s, e);
        }
      }
      differing += count ? 1 : 0;
      return new TextSpan(start, end);
    }
  }

  private static boolean same(String inText, String name) {
    return inText.replaceAll("\\s+", " ").strip().equalsIgnoreCase(name.replaceAll("\\s+", " ").strip());
  }

  private static String attribute(XMLStreamReader xml, String name, String otherwise) {
    String value = xml.getAttributeValue(null, name);
    return value == null || value.isBlank() ? otherwise : value.strip();
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

  private static Integer integer(String s) {
    try {
      return s == null ? null : Integer.valueOf(s.strip());
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

  private static Long longId(String s) {
    try {
      return s == null ? null : Long.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
