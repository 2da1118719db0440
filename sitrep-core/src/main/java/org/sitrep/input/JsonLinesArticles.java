package org.sitrep.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;

/**
 * Reads JSON lines: one object per line with {@code text} (required) and optional {@code title},
 * {@code url}, {@code source} and {@code published} ({@code YYYY-MM-DD} or an ISO date-time).
 * Other keys are ignored. A bad line is reported with its number; the other lines are still read.
 *
 * <p>Thread-safe: the mapper is only read from.
 */
final class JsonLinesArticles {

  private final ObjectMapper mapper = new ObjectMapper();

  /** The articles in {@code text}, read from {@code file}. */
  ReadResult read(String text, String file) {
    List<Article> articles = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    String name = UnreadableInputException.display(file);
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        articles.add(article(lines[i], file + ":" + (i + 1)));
      } catch (IllegalArgumentException e) {
        errors.add(name + ": line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return new ReadResult(articles, List.of(), errors);
  }

  private Article article(String line, String origin) {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + firstLine(e.getOriginalMessage()));
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String text = string(node, "text");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no \"text\"");
    }
    String published = string(node, "published");
    LocalDate day = published == null ? null : PublishedDate.parse(published);
    return Article.of(
        text, string(node, "title"), string(node, "url"), string(node, "source"), day, origin);
  }

  private static String string(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + key + "\" is not a string");
    }
    return value.asText();
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
