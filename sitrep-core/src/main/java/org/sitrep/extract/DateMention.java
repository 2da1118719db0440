package org.sitrep.extract;

import java.time.LocalDate;

/**
 * A date the text gives for what it tells.
 *
 * @param date the day (for a week or month, its middle day)
 * @param precision 1 day, 2 week, 3 month
 * @param begin character offset into the article text
 * @param end character offset, exclusive
 * @param relative true for "earlier on the same day"-style references to the previous date
 */
public record DateMention(LocalDate date, int precision, int begin, int end, boolean relative) {}
