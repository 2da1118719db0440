package org.sitrep.gazetteer;

/** How a looked-up name met a gazetteer entry, from the strongest match to the weakest. */
public enum MatchLevel {
  /** The folded name equals a folded name, ASCII name or alternate name of the entry. */
  EXACT,
  /** The {@linkplain ArabicRomanisationKey romanisation keys} are equal. */
  VARIANT,
  /** The romanisation keys differ by one or two edits (names of six letters or more). */
  FUZZY
}
