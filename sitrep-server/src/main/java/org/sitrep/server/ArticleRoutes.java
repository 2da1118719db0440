package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.store.EventColumns;
import org.sitrep.store.Store;

/**
 * {@code POST /api/articles}: one article, as JSON, read into the store as {@code ./sitrep
 * ingest} reads a file; answers with the events its claims report. An article the store holds
 * already (the same text, or the same URL) is not read again.
 */
final class ArticleRoutes {

  private static final Set<String> FIELDS = Set.of("text", "title", "url", "source", "published");
  private static final int MAX_FIELD = 2_000;

  private ArticleRoutes() {}

  static void add(Javalin app, Store store, ClaimReader reader) {
    app.post("/api/articles", ctx -> post(ctx, store, reader), Access.INGEST);
  }

  private static void post(Context ctx, Store store, ClaimReader reader) {
    Article article = article(JsonBody.object(ctx));
    Optional<String> stored = store.storedArticleId(article);
    if (stored.isEmpty()) {
      ClaimReader.Reading reading = reader.read(article);
      if (store.ingest(article, reading.claims(), reading.version()).duplicate()) {
        stored = store.storedArticleId(article); // another writer stored it while the pipeline read it
      }
    }
    boolean duplicate = stored.isPresent();
    String id = stored.orElse(article.id());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("article_id", id);
    json.put("duplicate", duplicate);
    json.put("events", store.eventsOfArticle(id).stream().map(store::event).flatMap(Optional::stream)
        .map(EventColumns::values).toList());
    ctx.json(json);
  }

  private static Article article(Map<String, Object> body) {
    if (!FIELDS.containsAll(body.keySet())) {
      List<String> unknown = body.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted().toList();
      throw new BadRequest("unknown fields " + unknown + ": an article has text, title, url, source and published");
    }
    if (!(body.get("text") instanceof String text) || text.isBlank()) {
      throw new BadRequest("text is required: the article's words, as a string");
    }
    String url = text(body, "url");
    if (url != null && !url.matches("(?i)https?://\\S+")) {
      throw new BadRequest("url must be an http or https address, was '" + url + "'");
    }
    return Article.of(text, text(body, "title"), url, text(body, "source"), day(body, "published"),
        url != null ? url : "posted article");
  }

  private static String text(Map<String, Object> body, String name) {
    Object value = body.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s) || s.length() > MAX_FIELD) {
      throw new BadRequest(name + " must be a string of at most " + MAX_FIELD + " characters, or null");
    }
    return s.isBlank() ? null : s.strip();
  }

  private static LocalDate day(Map<String, Object> body, String name) {
    String value = text(body, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be a day as YYYY-MM-DD, was '" + value + "'");
    }
  }
}
