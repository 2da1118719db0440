package org.sitrep.store;

import java.util.Arrays;
import java.util.Locale;

/** Where an analyst's review has left an event; the last review action decides. */
public enum ReviewState {
  /** No analyst has looked at it. */
  UNREVIEWED,
  /** Right as it stands: every editable field counts as reviewed. */
  CONFIRMED,
  /** Some fields set by an analyst. */
  EDITED,
  /** Did not happen as told; kept, marked, and left alone by later reports but for their count. */
  REJECTED;

  /** The name the store and the API use: {@code unreviewed}, {@code confirmed} ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The state of that {@link #label()}. */
  public static ReviewState ofLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no review state '" + label + "'"));
  }
}
