package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventPage;
import org.sitrep.store.EventWriter;
import org.sitrep.store.NoSuchRecordException;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * The API of {@code docs/api.md} over one store, and the map page at {@code /}. Requests are
 * served on Jetty's threads; the store serialises them. Writes need a token of the store's
 * ({@link BearerAuth}); reads need one when the configuration says so.
 */
public final class SitrepServer implements AutoCloseable {

  private final Javalin app;

  private SitrepServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving {@code store} without a pipeline: posted articles are refused (503). */
  public static SitrepServer start(ServerConfig config, Store store) {
    return start(config, store, article -> {
      throw new Unavailable("this server reads no articles: it was started without a pipeline");
    });
  }

  /**
   * Starts serving {@code store}; returns once the server accepts requests.
   *
   * @param reader reads the articles posted to {@code /api/articles}
   */
  public static SitrepServer start(ServerConfig config, Store store, ClaimReader reader) {
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
      c.staticFiles.enableWebjars();
      if (config.basemap() != null && Files.isDirectory(config.basemap())) {
        c.staticFiles.add(files -> {
          files.hostedPath = "/basemap";
          files.directory = config.basemap().toAbsolutePath().toString();
          files.location = Location.EXTERNAL;
        });
      }
    });
    BearerAuth auth = new BearerAuth(store, config.readsNeedToken());
    app.before(SecurityHeaders::add);
    app.beforeMatched(auth::check);
    routes(app, store);
    ReviewRoutes.add(app, store);
    PlaceRoutes.add(app, store, config.home());
    ArticleRoutes.add(app, store, reader);
    errors(app);
    app.start(config.host(), config.port());
    return new SitrepServer(app);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void routes(Javalin app, Store store) {
    app.get("/api/events", ctx -> {
      List<String> fields = RequestFilters.fields(ctx);
      boolean columns = RequestFilters.columns(ctx);
      EventPage page = store.page(RequestFilters.filter(ctx), RequestFilters.limit(ctx), RequestFilters.offset(ctx));
      ctx.json(columns ? EventJson.columns(page, fields) : EventJson.objects(page, fields));
    }, Access.READ);
    app.get("/api/events.geojson",
        ctx -> export(ctx, store, EventWriter.Format.GEOJSON, "application/geo+json", null), Access.READ);
    app.get("/api/export.csv",
        ctx -> export(ctx, store, EventWriter.Format.CSV, "text/csv", "sitrep-events.csv"), Access.READ);
    app.get("/api/events/{id}", ctx -> {
      String id = ctx.pathParam("id");
      ctx.json(EventJson.detail(store, id));
    }, Access.READ);
    app.get("/api/openapi.json", ctx -> {
      ctx.contentType("application/json");
      ctx.result(SitrepServer.class.getResourceAsStream("/openapi.json"));
    });
  }

  /** Streams the filter's events in {@code format}, oldest first, however many there are. */
  private static void export(Context ctx, Store store, EventWriter.Format format, String type, String fileName)
      throws IOException {
    EventFilter filter = RequestFilters.filter(ctx);
    ctx.contentType(type + "; charset=utf-8");
    if (fileName != null) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    try (EventWriter writer = EventWriter.open(format, out)) {
      store.events(filter, e -> {
        try {
          writer.write(e);
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
    }
    out.flush();
  }

  /** Every failure answers as JSON {@code {"error": ...}}, naming the problem but no internals. */
  private static void errors(Javalin app) {
    app.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
    app.exception(NoSuchRecordException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
    app.exception(Unauthorized.class, (e, ctx) -> {
      ctx.header("WWW-Authenticate", e.challenge());
      error(ctx, HttpStatus.UNAUTHORIZED, e.getMessage());
    });
    app.exception(Forbidden.class, (e, ctx) -> error(ctx, HttpStatus.FORBIDDEN, e.getMessage()));
    app.exception(ContentTooLarge.class, (e, ctx) -> error(ctx, HttpStatus.CONTENT_TOO_LARGE, e.getMessage()));
    app.exception(Unavailable.class, (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    app.exception(StoreException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
        "the server failed: " + e.getClass().getSimpleName()));
    app.error(HttpStatus.NOT_FOUND, ctx -> {
      boolean unanswered = ctx.result() == null || !"application/json".equals(ctx.contentType());
      if (ctx.path().startsWith("/api/") && unanswered) {
        error(ctx, HttpStatus.NOT_FOUND, "no such API path: " + ctx.path());
      }
    });
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(Map.of("error", message == null ? status.getMessage() : message));
  }

  /** For tests and tools: the routes this server answers, as "METHOD path". */
  static List<String> routes() {
    return List.of("GET /api/events", "GET /api/events.geojson", "GET /api/export.csv", "GET /api/events/{id}",
        "GET /api/openapi.json", "POST /api/events/{id}/confirm", "POST /api/events/{id}/reject",
        "PATCH /api/events/{id}", "POST /api/events/{id}/merge", "POST /api/claims/{id}/split", "POST /api/articles",
        "GET /api/audit", "GET /api/places/unresolved", "POST /api/places");
  }
}
