package org.sitrep.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * Reads the entries of an Atom 1.0 feed (root {@code <feed>}); the elements are read in the
 * root's namespace, and text constructs by their {@code type}: text, HTML or inline XHTML.
 *
 * <p>Thread-safe: it has no state.
 */
final class AtomEntries {

  private AtomEntries() {}

  /** The feed whose root element is {@code feed}. */
  static Feed read(Element feed) {
    String ns = feed.getNamespaceURI();
    List<FeedItem> items = new ArrayList<>();
    for (Element e : XmlElements.children(feed, ns, "entry")) {
      String body = content(XmlElements.child(e, ns, "content"));
      if (body.isEmpty()) {
        body = content(XmlElements.child(e, ns, "summary"));
      }
      String date = XmlElements.text(e, ns, "published");
      items.add(
          new FeedItem(
              title(XmlElements.child(e, ns, "title")),
              link(e, ns),
              date != null ? date : XmlElements.text(e, ns, "updated"),
              body));
    }
    return new Feed(title(XmlElements.child(feed, ns, "title")), items);
  }

  /** A title on one line; null for none or a blank one. */
  private static String title(Element e) {
    if (e == null) {
      return null;
    }
    if (type(e).equals("html")) {
      return FeedText.ofTitle(e.getTextContent());
    }
    String title = FeedText.ofText(e.getTextContent()).replace('\n', ' ');
    return title.isEmpty() ? null : title;
  }

  /** The plain text of a content or summary element; empty for none, out-of-line or media. */
  private static String content(Element e) {
    if (e == null || e.hasAttribute("src")) {
      return "";
    }
    return switch (type(e)) {
      case "text", "text/plain" -> FeedText.ofText(e.getTextContent());
      case "html", "text/html" -> FeedText.ofHtml(e.getTextContent());
      case "xhtml" -> FeedText.ofHtml(XmlElements.markup(e));
      default -> "";
    };
  }

  /** The {@code type} attribute in lower case; {@code text}, Atom's default, when absent. */
  private static String type(Element e) {
    String type = e.getAttribute("type").strip().toLowerCase(Locale.ROOT);
    return type.isEmpty() ? "text" : type;
  }

  /** The first {@code rel="alternate"} (or rel-less) link, else the first link with an href. */
  private static String link(Element entry, String ns) {
    String first = null;
    for (Element link : XmlElements.children(entry, ns, "link")) {
      String href = XmlElements.attribute(link, "href");
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
