package org.sitrep.store;

import java.util.Arrays;
import java.util.Locale;

/** What an analyst did to an event: the {@code action} of an audit log entry. */
public enum ReviewAction {
  CONFIRM,
  REJECT,
  EDIT,
  /** Another event's claims joined this one; the other's own entry has this action too. */
  MERGE,
  /** A claim left its event for an event of its own; both events get an entry. */
  SPLIT;

  /** The name the store and the API use: {@code confirm}, {@code reject} ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The action of that {@link #label()}. */
  public static ReviewAction ofLabel(String label) {
    return Arrays.stream(values()).filter(a -> a.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no review action '" + label + "'"));
  }
}
