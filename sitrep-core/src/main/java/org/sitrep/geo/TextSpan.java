package org.sitrep.geo;

/**
 * A span of text, in UTF-16 offsets as {@link String#substring(int, int)} takes them.
 *
 * @param start first character
 * @param end one past the last character
 */
public record TextSpan(int start, int end) {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: " + start + ".." + end);
    }
  }

  /** True when the two spans share at least one character. */
  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }

  /** How many characters the two spans share; 0 when they do not overlap. */
  public int overlap(TextSpan other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }
}
