package org.sitrep.store;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API token allows beyond reading. */
public enum Right {
  /** Confirm, reject, edit, merge and split events. */
  REVIEW,
  /** Post articles to be read into the store. */
  INGEST;

  /** The name the store, the CLI and the API use: {@code review}, {@code ingest}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The right of that label, any case.
   *
   * @throws IllegalArgumentException naming the label and the rights there are
   */
  public static Right ofLabel(String label) {
    return Arrays.stream(values()).filter(r -> r.label().equalsIgnoreCase(label.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no right '" + label + "': the rights are "
            + Arrays.stream(values()).map(Right::label).collect(Collectors.joining(", "))));
  }

  /** The rights of labels joined with {@code ;} as the store keeps them. */
  static Set<Right> parse(String joined) {
    Set<Right> rights = EnumSet.noneOf(Right.class);
    for (String label : joined.split(";")) {
      if (!label.isEmpty()) {
        rights.add(ofLabel(label));
      }
    }
    return rights;
  }

  /** The labels of {@code rights} joined with {@code ;}, in this enum's order. */
  static String join(Set<Right> rights) {
    return rights.stream().sorted().map(Right::label).collect(Collectors.joining(";"));
  }
}
