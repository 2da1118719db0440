package org.sitrep.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * Compact JSON text of output values, shared by the writers.
 *
 * <p>Thread-safe: the mapper is configured once and then only used.
 */
final class JsonText {

  private final ObjectMapper mapper =
      new ObjectMapper().configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

  /** {@code value} as one line of JSON. */
  String of(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("output values are plain JSON values", e);
    }
  }
}
