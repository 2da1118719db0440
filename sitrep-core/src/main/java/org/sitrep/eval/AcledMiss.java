package org.sitrep.eval;

/**
 * One field of one row that an extractor got wrong, for the {@code --errors} file.
 *
 * @param row data row number, from 1
 * @param field the field
 * @param gold ACLED's value
 * @param predicted the best-matching claim's value, "" when it had none or there was no event
 * @param notes the text read
 */
public record AcledMiss(int row, AcledField field, String gold, String predicted, String notes) {}
