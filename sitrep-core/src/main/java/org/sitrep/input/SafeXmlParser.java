package org.sitrep.input;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML into a namespace-aware DOM with the JDK's parser, DTDs refused and external
 * entities never read, so a document cannot make Sitrep read local files or other URLs.
 *
 * <p>Thread-safe: a new factory and builder, which are not thread-safe, are made for each parse.
 */
final class SafeXmlParser {

  /** Turns every error, not only fatal ones, into an exception, so nothing is half-read. */
  private static final ErrorHandler THROWING =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private SafeXmlParser() {}

  /**
   * The document {@code xml}, read from {@code origin}.
   *
   * @throws UnreadableInputException naming {@code origin} and, when known, the line when
   *     {@code xml} is not well-formed or declares a DOCTYPE
   */
  static Document parse(String xml, String origin) throws UnreadableInputException {
    try {
      DocumentBuilder builder = safeFactory().newDocumentBuilder();
      builder.setErrorHandler(THROWING);
      // A second lock behind the refused DOCTYPE: any entity asked for resolves to nothing.
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new UnreadableInputException(
          origin, "malformed XML at line " + e.getLineNumber() + ": " + oneLine(e.getMessage()));
    } catch (SAXException | IOException e) {
      throw new UnreadableInputException(origin, "malformed XML: " + oneLine(e.getMessage()));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
    }
  }

  /** A namespace-aware factory that refuses DTDs and never reads external entities. */
  private static DocumentBuilderFactory safeFactory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f;
  }

  /** The parser's message on one line, since messages are printed one problem a line. */
  private static String oneLine(String s) {
    return s == null ? "unknown error" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
