package org.sitrep.model;

import java.util.Locale;

/** How firmly a claim is made, from the publisher's plain statement to a hypothesis. */
public enum Modality {
  /** The publisher states it in its own voice. */
  ASSERTED,
  /** Attributed to someone, without hedging ("X reported"). */
  REPORTED,
  /** Attributed and contested ("X claimed"). */
  CLAIMED,
  /** Attributed and contested, usually an accusation ("X alleged", "allegedly"). */
  ALLEGED,
  /** Someone says it did not happen. */
  DENIED,
  /** Intended or about to happen ("will", "seeks to", "preparing"). */
  PLANNED,
  /** Likely or possible ("likely", "may"). */
  SPECULATIVE,
  /** Conditional ("if", "would"). */
  HYPOTHETICAL;

  /** The lower-case name used in every output format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@link #label()}. */
  public static Modality ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
