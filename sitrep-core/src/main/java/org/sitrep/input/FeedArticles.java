package org.sitrep.input;

import org.w3c.dom.Element;

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
 * block. Items with neither title nor body are skipped with a warning.
 *
 * <p>The XML is parsed with the JDK's parser with DTDs refused and external entities off, so a
 * feed cannot make Sitrep read local files or other URLs.
 *
 * <p>The stages: {@link XmlProlog} checks the first element, {@link SafeXmlParser} parses, {@link
 * RssItems} or {@link AtomEntries} read the items, {@link Feed} turns them into articles.
 *
 * <p>Thread-safe: it has no state.
 */
public final class FeedArticles {

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private FeedArticles() {}

  /**
   * True when {@code text} starts, after an XML declaration, comments and a DOCTYPE, with an
   * {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>} element. A cheap check of the first
   * element only: the feed may still be malformed further on.
   */
  static boolean looksLikeFeed(String text) {
    return text != null && isFeedRoot(XmlProlog.scan(withoutByteOrderMark(text)).root());
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
    String text = withoutByteOrderMark(xml);
    if (text.isBlank()) {
      throw new UnreadableInputException(origin, "empty");
    }
    // Checked before parsing so that an HTML page or a DTD gets a clear message, not a SAX one.
    XmlProlog prolog = XmlProlog.scan(text);
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
    Element root = SafeXmlParser.parse(text, origin).getDocumentElement();
    Feed feed =
        switch (root.getLocalName()) {
          case "rss", "RDF" -> RssItems.read(root);
          case "feed" -> AtomEntries.read(root);
          default -> throw notAFeed(origin, root.getTagName());
        };
    return feed.toResult(origin, base);
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
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
}
