package org.sitrep.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** A request's body as a JSON object, read only up to {@link #MAX_BYTES}. */
final class JsonBody {

  /** Bodies are read only this far: an article's text and its fields fit in it. */
  static final int MAX_BYTES = 1 << 20;

  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private JsonBody() {}

  /**
   * The body's object, its numbers as Integer, Long or Double.
   *
   * @throws ContentTooLarge when the body is longer than {@link #MAX_BYTES}
   * @throws BadRequest when it is missing, no JSON, or JSON but no object
   */
  static Map<String, Object> object(Context ctx) {
    byte[] body;
    try (InputStream in = ctx.bodyInputStream()) {
      body = in.readNBytes(MAX_BYTES + 1); // Content-Length may be absent (chunked) or wrong
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request's body", e);
    }
    if (body.length > MAX_BYTES) {
      throw new ContentTooLarge("the body is larger than " + MAX_BYTES / 1024 + " KiB");
    }
    JsonNode json;
    try (JsonParser parser = JSON.createParser(body)) {
      json = parser.readValueAsTree();
      if (json != null && parser.nextToken() != null) {
        throw new BadRequest("the body must be one JSON object, and goes on after it (line "
            + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr() + ")");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BadRequest("the body is not JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (json == null || !json.isObject()) {
      throw new BadRequest("the body must be a JSON object, was "
          + (json == null ? "empty" : json.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    return JSON.convertValue(json, new TypeReference<Map<String, Object>>() {});
  }
}
