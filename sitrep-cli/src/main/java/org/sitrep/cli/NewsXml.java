package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitrep.input.UnreadableInputException;
import org.sitrep.model.Article;

/**
 * Reads the articles of a geoparsing corpus in XML: GeoWebNews ({@code <article><title/><link/>
 * <text/>}) and LGL ({@code <article docid><title/><url/><text/><toponyms/>}). Only the direct
 * children {@code title}, {@code text} and {@code link} or {@code url} of each {@code article} are
 * read; annotations such as toponyms are skipped, and articles without text are left out.
 *
 * <p>Thread-safe: stateless. DTDs and external entities are refused.
 */
final class NewsXml {

  private NewsXml() {}

  /** The articles of {@code file} in document order; the origin of each is {@code file#n}. */
  static List<Article> read(Path file) throws UnreadableInputException {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      List<Article> articles = read(in, name);
      if (articles.isEmpty()) {
        throw new UnreadableInputException(name, "no <article> with a <text> in it");
      }
      return articles;
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(name, "no such file");
    } catch (IOException e) {
      throw new UnreadableInputException(
          name, Files.isDirectory(file) ? "is a directory" : "cannot read: " + e.getMessage());
    }
  }

  /** The articles of the XML document {@code in}; {@code name} names it in origins and errors. */
  static List<Article> read(InputStream in, String name) throws UnreadableInputException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(in);
      return articles(xml, name);
    } catch (XMLStreamException e) {
      throw new UnreadableInputException(name, "not well-formed XML" + where(e.getLocation())
          + ": " + firstLine(e));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // The stream itself is closed by the caller.
        }
      }
    }
  }

  private static List<Article> articles(XMLStreamReader xml, String name)
      throws XMLStreamException {
    List<Article> articles = new ArrayList<>();
    int depth = 0;
    int articleDepth = -1;
    String title = null;
    String text = null;
    String url = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String element = xml.getLocalName();
        if (articleDepth < 0 && element.equals("article")) {
          articleDepth = depth;
          title = null;
          text = null;
          url = null;
        } else if (articleDepth >= 0 && depth == articleDepth + 1) {
          switch (element) {
            case "title" -> title = elementText(xml);
            case "text" -> text = elementText(xml);
            case "link", "url" -> url = elementText(xml);
            default -> {
              continue;
            }
          }
          depth--; // elementText consumed the end tag.
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == articleDepth) {
          if (text != null && !text.isBlank()) {
            articles.add(
                Article.of(text, blankToNull(title), blankToNull(url), null, null,
                    name + "#" + (articles.size() + 1)));
          }
          articleDepth = -1;
        }
        depth--;
      }
    }
    return articles;
  }

  /** The text of the current element, stripped; text inside nested elements is kept too. */
  private static String elementText(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int nested = 0;
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE, XMLStreamConstants.ENTITY_REFERENCE ->
            text.append(xml.getText());
        case XMLStreamConstants.START_ELEMENT -> nested++;
        case XMLStreamConstants.END_ELEMENT -> {
          if (nested == 0) {
            return text.toString().strip();
          }
          nested--;
        }
        default -> {
          // Comments and processing instructions are not text.
        }
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String where(Location location) {
    return location == null || location.getLineNumber() < 0
        ? ""
        : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  /** The parser's own message without its location preamble, on one line. */
  private static String firstLine(XMLStreamException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int detail = message.indexOf("Message: ");
    if (detail >= 0) {
      message = message.substring(detail + "Message: ".length());
    }
    return message.strip().replaceAll("\\s+", " ");
  }
}
