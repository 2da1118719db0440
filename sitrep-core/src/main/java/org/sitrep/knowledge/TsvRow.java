package org.sitrep.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One data line of a knowledge file, its cells looked up by header name.
 *
 * @param file the file's name, for messages
 * @param line the line number, from 1
 * @param cells cells by column name; missing trailing cells are empty strings
 */
public record TsvRow(String file, int line, Map<String, String> cells) {

  /** The cell of {@code column}, stripped; empty when blank. */
  public String get(String column) {
    String value = cells.get(column);
    if (value == null) {
      throw new KnowledgeException(file + ": no column '" + column + "'");
    }
    return value.strip();
  }

  /** The cell of {@code column}, which must not be blank. */
  public String required(String column) {
    String value = get(column);
    if (value.isEmpty()) {
      throw error("empty " + column);
    }
    return value;
  }

  /** The cell as a {@code |}-separated list, without blanks. */
  public List<String> list(String column) {
    return Arrays.stream(get(column).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The cell as an integer. */
  public int integer(String column) {
    try {
      return Integer.parseInt(required(column));
    } catch (NumberFormatException e) {
      throw error(column + " is not a whole number: '" + get(column) + "'");
    }
  }

  /** An exception naming this row. */
  public KnowledgeException error(String problem) {
    return new KnowledgeException(file + ":" + line + ": " + problem);
  }
}
