package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.store.EventColumns;
import org.sitrep.store.EventFilter;

/** Reads the filter and paging parameters of {@code docs/api.md} from a request. */
final class RequestFilters {

  static final int DEFAULT_LIMIT = 1_000;
  static final int MAX_LIMIT = 10_000;

  /** Longer values are no filter anyone means; refusing them keeps queries cheap. */
  private static final int MAX_LENGTH = 1_000;

  private RequestFilters() {}

  static EventFilter filter(Context ctx) {
    try {
      return new EventFilter(
          day(ctx, "since"), day(ctx, "until"), bbox(ctx), text(ctx, "country"), text(ctx, "event_type"),
          text(ctx, "actor"), text(ctx, "source"), text(ctx, "sub_event_type"), text(ctx, "modality"), text(ctx, "q"));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  /**
   * The columns asked for with {@code fields=a,b,c} (a map needs a few of them, not the notes of
   * 10,000 events), or null for all; an unknown column is a bad request.
   */
  static List<String> fields(Context ctx) {
    String value = text(ctx, "fields");
    if (value == null) {
      return null;
    }
    Set<String> fields = new LinkedHashSet<>(); // a column named twice is sent once
    for (String field : value.split(",")) {
      String name = field.strip();
      if (!EventColumns.names().contains(name)) {
        throw new BadRequest("fields: no column '" + name + "'; the columns are " + String.join(", ", EventColumns.names()));
      }
      fields.add(name);
    }
    return List.copyOf(fields);
  }

  /**
   * True when {@code format=columns} asks for the events as rows of values under one list of
   * column names (half the bytes of objects for a page of 10,000); {@code format=objects}, the
   * default, gives each event as an object.
   */
  static boolean columns(Context ctx) {
    String value = text(ctx, "format");
    if (value == null || value.equals("objects")) {
      return false;
    }
    if (value.equals("columns")) {
      return true;
    }
    throw new BadRequest("format must be objects or columns, was '" + value + "'");
  }

  static int limit(Context ctx) {
    int limit = whole(ctx, "limit", DEFAULT_LIMIT);
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new BadRequest("limit must be 0 to " + MAX_LIMIT + ", was " + limit);
    }
    return limit;
  }

  static int offset(Context ctx) {
    int offset = whole(ctx, "offset", 0);
    if (offset < 0) {
      throw new BadRequest("offset must not be negative, was " + offset);
    }
    return offset;
  }

  private static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_LENGTH) {
      throw new BadRequest(name + " is longer than " + MAX_LENGTH + " characters");
    }
    return value.strip();
  }

  private static LocalDate day(Context ctx, String name) {
    String value = text(ctx, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be a day as YYYY-MM-DD, was '" + value + "'");
    }
  }

  private static double[] bbox(Context ctx) {
    String value = text(ctx, "bbox");
    if (value == null) {
      return null;
    }
    String[] parts = value.split(",");
    if (parts.length != 4) {
      throw new BadRequest("bbox must be minLon,minLat,maxLon,maxLat, was '" + value + "'");
    }
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        box[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new BadRequest("bbox must be four numbers, was '" + value + "'");
      }
      if (!Double.isFinite(box[i]) || Math.abs(box[i]) > (i % 2 == 0 ? 180 : 90)) {
        throw new BadRequest("bbox must be longitudes within ±180 and latitudes within ±90, was '" + value + "'");
      }
    }
    return box;
  }

  private static int whole(Context ctx, String name, int fallback) {
    String value = text(ctx, name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadRequest(name + " must be a whole number, was '" + value + "'");
    }
  }
}
