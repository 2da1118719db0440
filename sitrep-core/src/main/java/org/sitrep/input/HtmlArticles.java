package org.sitrep.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.sitrep.model.Article;

/**
 * Reads a web page: its main text (page furniture such as scripts, navigation, headers, footers
 * and asides dropped; the {@code <article>}, else the element with the most paragraph text), its
 * title, canonical URL, site name and publication day.
 *
 * <p>The text is made of the main element's headings, paragraphs and list items, one block per
 * paragraph with a blank line between; evidence offsets are offsets into that text, not into the
 * HTML.
 *
 * <p>Thread-safe: it has no state.
 */
final class HtmlArticles {

  private static final String FURNITURE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button";
  private static final String BLOCKS =
      "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dd, dt, td";

  private HtmlArticles() {}

  /** The article in the page {@code html}, read from {@code file}. */
  static ReadResult read(String html, String file) throws UnreadableInputException {
    Document doc = Jsoup.parse(html);
    String title = firstNonBlank(meta(doc, "og:title"), doc.title());
    String url = firstNonBlank(canonical(doc), meta(doc, "og:url"));
    String source = meta(doc, "og:site_name");
    String warning = null;
    LocalDate published = null;
    String date = firstNonBlank(meta(doc, "article:published_time"), timeDatetime(doc));
    if (date != null) {
      try {
        published = PublishedDate.parse(date);
      } catch (IllegalArgumentException e) {
        warning = UnreadableInputException.display(file) + ": " + e.getMessage() + ", ignored";
      }
    }
    doc.select(FURNITURE).remove();
    String text = mainText(mainElement(doc));
    if (text.isBlank()) {
      throw new UnreadableInputException(file, "HTML with no text");
    }
    return ReadResult.of(Article.of(text, title, url, source, published, file))
        .withWarning(warning);
  }

  /** The {@code <article>} with the most paragraph text, else the parent of the most of it. */
  private static Element mainElement(Document doc) {
    Elements articles = doc.select("article");
    if (!articles.isEmpty()) {
      Element best = articles.first();
      for (Element a : articles) {
        if (paragraphText(a) > paragraphText(best)) {
          best = a;
        }
      }
      return best;
    }
    Map<Element, Integer> byParent = new LinkedHashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        byParent.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return byParent.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(doc.body());
  }

  private static int paragraphText(Element e) {
    return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
  }

  /** The block elements' texts, outermost blocks only, separated by blank lines. */
  private static String mainText(Element root) {
    Elements blocks = root.select(BLOCKS);
    if (blocks.isEmpty()) {
      return root.text();
    }
    Set<Element> seen = new HashSet<>(blocks);
    List<String> parts = new ArrayList<>();
    for (Element block : blocks) {
      if (hasBlockAncestor(block, root, seen)) {
        continue;
      }
      String t = block.text().strip();
      if (!t.isEmpty()) {
        parts.add(t);
      }
    }
    return String.join("\n\n", parts);
  }

  private static boolean hasBlockAncestor(Element block, Element root, Set<Element> blocks) {
    for (Element p = block.parent(); p != null && p != root; p = p.parent()) {
      if (blocks.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static String meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null ? null : blankToNull(e.attr("content"));
  }

  private static String canonical(Document doc) {
    Element e = doc.selectFirst("link[rel=canonical]");
    return e == null ? null : blankToNull(e.attr("href"));
  }

  private static String timeDatetime(Document doc) {
    Element e = doc.selectFirst("time[datetime]");
    return e == null ? null : blankToNull(e.attr("datetime"));
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a.strip() : blankToNull(b);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
