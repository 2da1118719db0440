package org.sitrep.input;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads the items of an RSS 2.0 feed (root {@code <rss>}, items in the channel) or an RSS 1.0 feed
 * (root {@code <rdf:RDF>}, items beside the channel).
 *
 * <p>Thread-safe: it has no state.
 */
final class RssItems {

  private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String RSS_1_NS = "http://purl.org/rss/1.0/";
  private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

  private RssItems() {}

  /** The feed under {@code root}; its elements are read in the channel's namespace. */
  static Feed read(Element root) {
    Element channel = XmlElements.childInAnyNamespace(root, "channel");
    String ns;
    if (channel != null) {
      ns = channel.getNamespaceURI();
    } else {
      ns = RDF_NS.equals(root.getNamespaceURI()) ? RSS_1_NS : root.getNamespaceURI();
    }
    String feedTitle =
        channel == null ? null : FeedText.ofTitle(XmlElements.text(channel, ns, "title"));
    List<Element> elements = new ArrayList<>();
    if (channel != null) {
      elements.addAll(XmlElements.children(channel, ns, "item"));
    }
    elements.addAll(XmlElements.children(root, ns, "item"));
    List<FeedItem> items = new ArrayList<>();
    for (Element e : elements) {
      String body = XmlElements.text(e, CONTENT_NS, "encoded");
      if (body == null) {
        body = XmlElements.text(e, ns, "description");
      }
      String date = XmlElements.text(e, ns, "pubDate");
      items.add(
          new FeedItem(
              FeedText.ofTitle(XmlElements.text(e, ns, "title")),
              link(e, ns),
              date != null ? date : XmlElements.text(e, DC_NS, "date"),
              FeedText.ofHtml(body)));
    }
    return new Feed(feedTitle, items);
  }

  /** The {@code <link>}, else a {@code <guid>} that is an http(s) URL and not marked otherwise. */
  private static String link(Element item, String ns) {
    String link = XmlElements.text(item, ns, "link");
    if (link != null) {
      return link;
    }
    Element guid = XmlElements.child(item, ns, "guid");
    String id = XmlElements.text(guid);
    boolean permalink =
        guid != null && !"false".equalsIgnoreCase(guid.getAttribute("isPermaLink").strip());
    return permalink && id != null && id.matches("(?i)https?://\\S+") ? id : null;
  }
}
