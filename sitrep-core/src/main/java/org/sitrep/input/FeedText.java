package org.sitrep.input;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a feed's HTML and text into plain text: one paragraph per block, a blank line between;
 * titles on one line.
 *
 * <p>Thread-safe: it has no state.
 */
final class FeedText {

  /** Elements whose content is never article text. */
  private static final String FURNITURE =
      "script, style, noscript, template, iframe, svg, form, button, object, embed";
  /** Elements that start and end a paragraph. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
          "blockquote", "pre", "figure", "figcaption", "table", "tr", "section", "article",
          "header", "footer", "aside", "main", "address", "hr", "center");

  private FeedText() {}

  /** The text of the HTML fragment {@code html}; empty for null or blank. */
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
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.text());
            } else if (node instanceof Element e) {
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
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
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

  /**
   * A title on one line, entities and tags (which feeds often put in titles) resolved; null for
   * null or blank.
   */
  static String ofTitle(String title) {
    if (title == null) {
      return null;
    }
    boolean markup = title.indexOf('<') >= 0 || title.indexOf('&') >= 0;
    String t = markup ? Jsoup.parse(title).text() : title;
    String line = t.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    return line.isEmpty() ? null : line;
  }
}
