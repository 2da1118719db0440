package org.sitrep.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Article;

/**
 * A feed read from XML, RSS or Atom alike: its title and its items, before they become articles.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the feed's title, which becomes every article's publisher, or null
 * @param items its items in document order
 */
record Feed(String title, List<FeedItem> items) {

  Feed {
    items = List.copyOf(items);
  }

  /**
   * One article per item with text, every one from {@code origin}, its link resolved against
   * {@code base} when that is an http(s) URL; a warning for an empty feed, each item skipped and
   * each date not understood.
   */
  ReadResult toResult(String origin, String base) {
    URI baseUri = webUri(base);
    String name = UnreadableInputException.display(origin);
    List<Article> articles = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (items.isEmpty()) {
      warnings.add(name + ": the feed has no items");
    }
    for (int i = 0; i < items.size(); i++) {
      FeedItem item = items.get(i);
      String url = resolve(baseUri, item.link());
      String label = name + ": item " + (i + 1) + (url == null ? "" : " (" + url + ")");
      String text = item.text();
      if (text.isEmpty()) {
        warnings.add(label + ": no title or text, skipped");
        continue;
      }
      LocalDate published = null;
      if (item.date() != null) {
        published = FeedDates.utcDay(item.date());
        if (published == null) {
          warnings.add(label + ": date \"" + item.date() + "\" not understood, ignored");
        }
      }
      articles.add(Article.of(text, item.title(), url, title, published, origin));
    }
    return new ReadResult(articles, warnings, List.of());
  }

  /** {@code base} as a URI when it is an absolute http(s) URL; null for a file name or junk. */
  private static URI webUri(String base) {
    try {
      URI uri = base == null ? null : new URI(base);
      boolean web =
          uri != null
              && uri.isAbsolute()
              && uri.getScheme().toLowerCase(Locale.ROOT).matches("https?");
      return web ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** {@code link} resolved against {@code base}; as written when either is missing or bad. */
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
