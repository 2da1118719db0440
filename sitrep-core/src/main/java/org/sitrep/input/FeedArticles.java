package org.sitrep.input;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.sitrep.model.Article;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a news feed: RSS 2.0, RSS 1.0 (RDF) or Atom 1.0, told apart by the root element, one
 * article per item or entry.
 *
 * <p>An article's title is the item's title; its URL the RSS {@code <link>} (else a permalink
 * {@code <guid>}) or the Atom {@code rel="alternate"} link (else the first link); its publisher the
 * feed's title; its day the UTC day of {@code pubDate} (RFC 822 and its common variants), {@code
 * dc:date}, or Atom {@code published}/{@code updated} (ISO 8601), null when unreadable. Its text is
 * the title, a blank line, then the body ({@code content:encoded} or Atom {@code content}, else
 * {@code description} or {@code summary}) with HTML turned into plain text, one paragraph per
 * block.
 * Items with neither title nor body are skipped with a warning.
 *
 * <p>The XML is parsed with the JDK's parser with DTDs refused and external entities off, so a
 * feed cannot make Sitrep read local files or other URLs.
 *
 * <p>Thread-safe: it has no state.
 */
public final class FeedArticles {

  private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String RSS_1_NS = "http://purl.org/rss/1.0/";
  private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

  private FeedArticles() {}

  /**
   * True when {@code text} starts, after an XML declaration, comments and a DOCTYPE, with an
   * {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>} element. A cheap check of the first
   * element only: the feed may still be malformed further on.
   */
  public static boolean looksLikeFeed(String text) {
    return text != null && isFeedRoot(Prolog.scan(text).root());
  }

  /**
   * The articles of the feed {@code xml}, read from {@code origin} (a URL or a file name), which
   * names it in messages and is every article's origin; relative links are resolved against it
   * when it is an http(s) URL.
   *
   * @throws UnreadableInputException when {@code xml} is not well-formed XML, declares a DOCTYPE,
   *     or is not an RSS or Atom feed
   */
  public static ReadResult read(String xml, String origin) throws UnreadableInputException {
    return read(xml, origin, origin);
  }

  /** As {@link #read(String, String)}, with relative links resolved against {@code base}. */
  static ReadResult read(String xml, String origin, String base) throws UnreadableInputException {
    String text = xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
    if (text.isBlank()) {
      throw new UnreadableInputException(origin, "empty");
    }
    Prolog prolog = Prolog.scan(text);
    if (prolog.root() == null) {
      throw new UnreadableInputException(
          origin, "not an RSS or Atom feed (it does not start with an XML element)");
    }
    if (!isFeedRoot(prolog.root())) {
      throw notAFeed(origin, prolog.root());
    }
    if (prolog.doctype()) {
      throw new UnreadableInputException(
          origin, "refused: the feed declares a DOCTYPE (DTDs are disabled for safety)");
    }
    Element root = parse(text, origin).getDocumentElement();
    Feed feed =
        switch (root.getLocalName()) {
          case "rss", "RDF" -> Rss.read(root);
          case "feed" -> Atom.read(root);
          default -> throw notAFeed(origin, root.getTagName());
        };
    return feed.toResult(origin, baseUri(base));
  }

  private static boolean isFeedRoot(String qname) {
    if (qname == null) {
      return false;
    }
    String local = qname.substring(qname.indexOf(':') + 1);
    return local.equals("rss") || local.equals("feed") || local.equals("RDF");
  }

  private static UnreadableInputException notAFeed(String origin, String root) {
    return new UnreadableInputException(
        origin, "not an RSS or Atom feed (root element <" + root + ">)");
  }

  private static org.w3c.dom.Document parse(String xml, String origin)
      throws UnreadableInputException {
    try {
      DocumentBuilder builder = safeFactory().newDocumentBuilder();
      builder.setErrorHandler(THROWING);
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

  private static URI baseUri(String base) {
    try {
      URI uri = base == null ? null : new URI(base);
      boolean web =
          uri != null
              && uri.isAbsolute()
              && uri.getScheme().toLowerCase(Locale.ROOT).matches("https?");
      return web ? uri : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static String oneLine(String s) {
    return s == null ? "unknown error" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * The start of an XML text: the qualified name of its first element (null when it does not
   * start with one) and whether a DOCTYPE comes before it.
   */
  private record Prolog(String root, boolean doctype) {

    static Prolog scan(String text) {
      int n = text.length();
      int i = text.startsWith("\uFEFF") ? 1 : 0;
      boolean doctype = false;
      while (true) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i >= n || text.charAt(i) != '<') {
          return new Prolog(null, doctype);
        }
        if (text.startsWith("<?", i)) {
          i = after(text, "?>", i + 2);
        } else if (text.startsWith("<!--", i)) {
          i = after(text, "-->", i + 4);
        } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
          doctype = true;
          i = afterDoctype(text, i + 9);
        } else {
          int j = i + 1;
          while (j < n && isNameChar(text.charAt(j))) {
            j++;
          }
          return new Prolog(j > i + 1 ? text.substring(i + 1, j) : null, doctype);
        }
        if (i < 0) {
          return new Prolog(null, doctype);
        }
      }
    }

    private static int after(String text, String end, int from) {
      int at = text.indexOf(end, from);
      return at < 0 ? -1 : at + end.length();
    }

    /** The index after the {@code >} closing a DOCTYPE, skipping its internal subset. */
    private static int afterDoctype(String text, int from) {
      int depth = 0;
      char quote = 0;
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quote != 0) {
          quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '[') {
          depth++;
        } else if (c == ']') {
          depth--;
        } else if (c == '>' && depth <= 0) {
          return i + 1;
        }
      }
      return -1;
    }

    private static boolean isNameChar(char c) {
      return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
    }
  }

  /** A feed read from XML: its title and its items, before they become articles. */
  private record Feed(String title, List<Item> items) {

    ReadResult toResult(String origin, URI base) {
      String name = UnreadableInputException.display(origin);
      List<Article> articles = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      if (items.isEmpty()) {
        warnings.add(name + ": the feed has no items");
      }
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        String url = resolve(base, item.link());
        String label = name + ": item " + (i + 1) + (url == null ? "" : " (" + url + ")");
        String text = item.text();
        if (text.isEmpty()) {
          warnings.add(label + ": no title or text, skipped");
          continue;
        }
        LocalDate published = null;
        if (item.date() != null) {
          published = FeedDate.parse(item.date());
          if (published == null) {
            warnings.add(label + ": date \"" + item.date() + "\" not understood, ignored");
          }
        }
        articles.add(Article.of(text, item.title(), url, title, published, origin));
      }
      return new ReadResult(articles, warnings, List.of());
    }

    private static String resolve(URI base, String link) {
      if (link == null || base == null) {
        return link;
      }
      try {
        return base.resolve(link).toString();
      } catch (IllegalArgumentException e) {
        return link;
      }
    }
  }

  /**
   * One item or entry, its title and body already plain text.
   *
   * @param title the headline, or null
   * @param link its URL as written (maybe relative), or null
   * @param date its date as written, or null
   * @param body the plain-text body, empty when it has none
   */
  private record Item(String title, String link, String date, String body) {

    /** The title, a blank line and the body; either alone when the other is missing. */
    String text() {
      if (title == null) {
        return body;
      }
      return body.isEmpty() || body.equals(title) ? title : title + "\n\n" + body;
    }
  }

  /** RSS 2.0 (root {@code <rss>}) and 1.0 (root {@code <rdf:RDF>}, items beside the channel). */
  private static final class Rss {

    static Feed read(Element root) {
      Element channel = Dom.childInAnyNamespace(root, "channel");
      String ns;
      if (channel != null) {
        ns = channel.getNamespaceURI();
      } else {
        ns = RDF_NS.equals(root.getNamespaceURI()) ? RSS_1_NS : root.getNamespaceURI();
      }
      String feedTitle =
          channel == null ? null : PlainText.ofTitle(Dom.text(channel, ns, "title"));
      List<Element> elements = new ArrayList<>();
      if (channel != null) {
        elements.addAll(Dom.children(channel, ns, "item"));
      }
      elements.addAll(Dom.children(root, ns, "item"));
      List<Item> items = new ArrayList<>();
      for (Element e : elements) {
        String body = Dom.text(e, CONTENT_NS, "encoded");
        if (body == null) {
          body = Dom.text(e, ns, "description");
        }
        String date = Dom.text(e, ns, "pubDate");
        items.add(
            new Item(
                PlainText.ofTitle(Dom.text(e, ns, "title")),
                link(e, ns),
                date != null ? date : Dom.text(e, DC_NS, "date"),
                PlainText.ofHtml(body)));
      }
      return new Feed(feedTitle, items);
    }

    private static String link(Element item, String ns) {
      String link = Dom.text(item, ns, "link");
      if (link != null) {
        return link;
      }
      Element guid = Dom.child(item, ns, "guid");
      String id = guid == null ? null : blankToNull(guid.getTextContent());
      boolean permalink =
          guid != null && !"false".equalsIgnoreCase(guid.getAttribute("isPermaLink").strip());
      return permalink && id != null && id.matches("(?i)https?://\\S+") ? id : null;
    }
  }

  /** Atom 1.0 (root {@code <feed>}); the elements are read in the root's namespace. */
  private static final class Atom {

    static Feed read(Element feed) {
      String ns = feed.getNamespaceURI();
      List<Item> items = new ArrayList<>();
      for (Element e : Dom.children(feed, ns, "entry")) {
        String body = content(Dom.child(e, ns, "content"));
        if (body.isEmpty()) {
          body = content(Dom.child(e, ns, "summary"));
        }
        String date = Dom.text(e, ns, "published");
        items.add(
            new Item(
                title(Dom.child(e, ns, "title")),
                link(e, ns),
                date != null ? date : Dom.text(e, ns, "updated"),
                body));
      }
      return new Feed(title(Dom.child(feed, ns, "title")), items);
    }

    private static String title(Element e) {
      if (e == null) {
        return null;
      }
      return switch (type(e)) {
        case "html" -> PlainText.ofTitle(e.getTextContent());
        default -> blankToNull(PlainText.ofText(e.getTextContent()).replace('\n', ' '));
      };
    }

    /** The plain text of a content or summary element; empty for none, out-of-line or media. */
    private static String content(Element e) {
      if (e == null || e.hasAttribute("src")) {
        return "";
      }
      return switch (type(e)) {
        case "text", "text/plain" -> PlainText.ofText(e.getTextContent());
        case "html", "text/html" -> PlainText.ofHtml(e.getTextContent());
        case "xhtml" -> PlainText.ofHtml(Dom.markup(e));
        default -> "";
      };
    }

    private static String type(Element e) {
      String type = e.getAttribute("type").strip().toLowerCase(Locale.ROOT);
      return type.isEmpty() ? "text" : type;
    }

    private static String link(Element entry, String ns) {
      String first = null;
      for (Element link : Dom.children(entry, ns, "link")) {
        String href = blankToNull(link.getAttribute("href"));
        if (href == null) {
          continue;
        }
        String rel = link.getAttribute("rel").strip();
        if (rel.isEmpty() || rel.equals("alternate")) {
          return href;
        }
        first = first == null ? href : first;
      }
      return first;
    }
  }

  /** Small helpers over the DOM: children by namespace and local name, their text. */
  private static final class Dom {

    static List<Element> children(Element parent, String ns, String local) {
      List<Element> found = new ArrayList<>();
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e
            && local.equals(e.getLocalName())
            && Objects.equals(ns, e.getNamespaceURI())) {
          found.add(e);
        }
      }
      return found;
    }

    static Element child(Element parent, String ns, String local) {
      List<Element> found = children(parent, ns, local);
      return found.isEmpty() ? null : found.get(0);
    }

    static Element childInAnyNamespace(Element parent, String local) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && local.equals(e.getLocalName())) {
          return e;
        }
      }
      return null;
    }

    /** The stripped text of the first such child, or null when there is none or it is blank. */
    static String text(Element parent, String ns, String local) {
      Element e = child(parent, ns, local);
      return e == null ? null : blankToNull(e.getTextContent());
    }

    /** The children of {@code e} as HTML markup (for Atom's inline XHTML). */
    static String markup(Element e) {
      StringBuilder out = new StringBuilder();
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        append(n, out);
      }
      return out.toString();
    }

    private static void append(Node n, StringBuilder out) {
      if (n instanceof Element e) {
        String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
        out.append('<').append(name).append('>');
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
          append(c, out);
        }
        out.append("</").append(name).append('>');
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(
            n.getNodeValue().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
      }
    }
  }

  /** HTML and feed text turned into plain text: one paragraph per block, a blank line between. */
  private static final class PlainText {

    private static final String FURNITURE =
        "script, style, noscript, template, iframe, svg, form, button, object, embed";
    private static final Set<String> BLOCKS =
        Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "figure", "figcaption", "table", "tr", "section", "article",
            "header", "footer", "aside", "main", "address", "hr", "center");

    /** The text of the HTML fragment {@code html}; empty for null. */
    static String ofHtml(String html) {
      if (html == null || html.isBlank()) {
        return "";
      }
      Document doc = Jsoup.parseBodyFragment(html);
      doc.select(FURNITURE).remove();
      StringBuilder out = new StringBuilder();
      NodeTraversor.traverse(
          new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
              if (node instanceof TextNode t) {
                out.append(t.text());
              } else if (node instanceof org.jsoup.nodes.Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                  out.append('\n');
                } else if (BLOCKS.contains(tag)) {
                  out.append("\n\n");
                } else if (tag.equals("td") || tag.equals("th")) {
                  out.append(' ');
                }
              }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
              if (node instanceof org.jsoup.nodes.Element e && BLOCKS.contains(e.normalName())) {
                out.append("\n\n");
              }
            }
          },
          doc.body());
      return ofText(out.toString());
    }

    /**
     * Plain {@code text} tidied: spaces collapsed, lines stripped, runs of blank lines made one;
     * empty for null.
     */
    static String ofText(String text) {
      if (text == null) {
        return "";
      }
      StringBuilder out = new StringBuilder();
      boolean blank = false;
      for (String line : text.replace('\u00A0', ' ').split("\r\n|\r|\n")) {
        String l = line.replaceAll("[\\s&&[^\\n]]+", " ").strip();
        if (l.isEmpty()) {
          blank = true;
          continue;
        }
        if (!out.isEmpty()) {
          out.append(blank ? "\n\n" : "\n");
        }
        out.append(l);
        blank = false;
      }
      return out.toString();
    }

    /** A title on one line; entities and tags, which feeds often put in titles, resolved. */
    static String ofTitle(String title) {
      if (title == null) {
        return null;
      }
      boolean markup = title.indexOf('<') >= 0 || title.indexOf('&') >= 0;
      String t = markup ? Jsoup.parse(title).text() : title;
      return blankToNull(t.replace('\u00A0', ' ').replaceAll("\\s+", " "));
    }
  }

  /**
   * Feed dates: RFC 822/1123 as RSS writes them (day names, seconds and zones optional, two-digit
   * years, zone names such as {@code EST}) and ISO 8601 as Atom and Dublin Core write them.
   */
  private static final class FeedDate {

    private static final Pattern RFC_822 =
        Pattern.compile(
            "(?:[A-Za-z]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,})\\.?[\\s-]+(\\d{4}|\\d{2})"
                + "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
                + "\\s*(?:(?:GMT|UTC|UT)?\\s*([+-]\\d{2}:?\\d{2})|([A-Za-z]{1,5}))?"
                + "\\s*(?:\\(.*\\))?");
    /** Month first, as in {@code Mar 5, 2024} or {@code Tue Mar 05 2024 14:30:00 GMT+0000}. */
    private static final Pattern MONTH_FIRST =
        Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?([A-Za-z]{3,})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
                + "(?:[\\sT,]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
                + "\\s*(?:(?:GMT|UTC|UT)?\\s*([+-]\\d{2}:?\\d{2})|([A-Za-z]{1,5}))?"
                + "\\s*(?:\\(.*\\))?");
    private static final List<String> MONTHS =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** Zone names of RFC 822 and a few more that feeds use; other names are read as UTC. */
    private static final Map<String, Integer> ZONE_HOURS =
        Map.ofEntries(
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
            Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6),
            Map.entry("PST", -8), Map.entry("PDT", -7), Map.entry("CET", 1),
            Map.entry("CEST", 2), Map.entry("BST", 1), Map.entry("EET", 2),
            Map.entry("EEST", 3), Map.entry("MSK", 3));

    /** The UTC day of {@code value}; the day as written when it has no time; null if unreadable. */
    static LocalDate parse(String value) {
      String v = value.strip();
      LocalDate iso = iso(v);
      if (iso != null) {
        return iso;
      }
      Matcher m = RFC_822.matcher(v);
      if (m.matches()) {
        return day(m.group(3), m.group(2), m.group(1), m);
      }
      m = MONTH_FIRST.matcher(v);
      if (m.matches()) {
        return day(m.group(3), m.group(1), m.group(2), m);
      }
      return null;
    }

    private static LocalDate iso(String v) {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        // a date-time, or not ISO
      }
      String n =
          v.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[ t]", "$1T")
              .replaceFirst("z$", "Z")
              .replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")
              .replaceFirst("(T[\\d:.]+[+-]\\d{2})$", "$1:00");
      try {
        return OffsetDateTime.parse(n).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
      } catch (DateTimeParseException e) {
        // next form
      }
      try {
        return ZonedDateTime.parse(n).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
      } catch (DateTimeParseException e) {
        // next form
      }
      try {
        return LocalDateTime.parse(n).toLocalDate();
      } catch (DateTimeParseException e) {
        return null;
      }
    }

    /** The UTC day of the matched parts; groups 4 to 8 are hour, minute, second, zone. */
    private static LocalDate day(String year, String month, String dayOfMonth, Matcher m) {
      int monthIndex = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT));
      if (monthIndex < 0) {
        return null;
      }
      int y = Integer.parseInt(year);
      if (year.length() == 2) {
        y += y < 50 ? 2000 : 1900;
      }
      try {
        LocalDate date = LocalDate.of(y, monthIndex + 1, Integer.parseInt(dayOfMonth));
        if (m.group(4) == null) {
          return date;
        }
        int second = m.group(6) == null ? 0 : Math.min(59, Integer.parseInt(m.group(6)));
        LocalTime clock =
            LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
        return OffsetDateTime.of(date, clock, offset(m.group(7), m.group(8)))
            .withOffsetSameInstant(ZoneOffset.UTC)
            .toLocalDate();
      } catch (DateTimeException e) {
        return null;
      }
    }

    private static ZoneOffset offset(String numeric, String name) {
      if (numeric != null) {
        String hhmm = numeric.replace(":", "");
        return ZoneOffset.of(hhmm.substring(0, 3) + ":" + hhmm.substring(3));
      }
      Integer hours = name == null ? null : ZONE_HOURS.get(name.toUpperCase(Locale.ROOT));
      return hours == null ? ZoneOffset.UTC : ZoneOffset.ofHours(hours);
    }
  }
}
