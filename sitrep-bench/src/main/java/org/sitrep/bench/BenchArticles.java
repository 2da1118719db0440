package org.sitrep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;

/**
 * The fixed articles the benchmarks read: {@code articles.txt} beside this class, eight short
 * conflict-news paragraphs written for Sitrep (one article per paragraph, {@code #} lines are
 * comments), all published on {@link #PUBLISHED} so that dates are resolved as in real use.
 *
 * <p>Thread-safe: stateless.
 */
public final class BenchArticles {

  /** The publication day given to every article. */
  public static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 9);

  private static final String RESOURCE = "articles.txt";

  private BenchArticles() {}

  /** The articles in file order. */
  public static List<Article> load() {
    try (InputStream in = BenchArticles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing beside " + BenchArticles.class);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One article per paragraph of {@code text}, without {@code #} comment lines. */
  static List<Article> parse(String text) {
    List<Article> articles = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : (text + "\n\n").split("\n", -1)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (paragraph.length() > 0) {
          articles.add(
              Article.of(paragraph.toString(), null, null, null, PUBLISHED,
                  RESOURCE + "#" + (articles.size() + 1)));
          paragraph.setLength(0);
        }
        continue;
      }
      paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
    }
    return articles;
  }
}
