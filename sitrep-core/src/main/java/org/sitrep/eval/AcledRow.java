package org.sitrep.eval;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.Article;

/**
 * One ACLED event to score: the cleaned notes to read and the values coded by ACLED.
 *
 * @param row data row number in the file, from 1, the header not counted
 * @param notes the notes without the coders' annotations ({@link AcledNotes})
 * @param published the UTC day of the row's {@code timestamp}, standing in for a publication day
 * @param latitude the gold point's latitude, null when the file gives none
 * @param longitude the gold point's longitude, null when the file gives none
 * @param gold every {@link AcledField}'s gold value, trimmed; the event date as an ISO date
 * @param eventIdCnty ACLED's id of the event, null when the file gives none
 */
public record AcledRow(
    int row,
    String notes,
    LocalDate published,
    Map<AcledField, String> gold,
    Double latitude,
    Double longitude,
    String eventIdCnty) {

  /** A row without an event id. */
  public AcledRow(int row, String notes, LocalDate published, Map<AcledField, String> gold, Double latitude, Double longitude) {
    this(row, notes, published, gold, latitude, longitude, null);
  }

  /** A row without a gold point. */
  public AcledRow(int row, String notes, LocalDate published, Map<AcledField, String> gold) {
    this(row, notes, published, gold, null, null, null);
  }

  public AcledRow {
    Objects.requireNonNull(notes, "notes");
    gold = Map.copyOf(gold);
    for (AcledField field : AcledField.values()) {
      if (!gold.containsKey(field)) {
        throw new IllegalArgumentException("row " + row + " has no gold value for " + field.key());
      }
    }
  }

  /** The article the extractor reads: the notes, published on {@link #published()}. */
  public Article article(String origin) {
    return Article.of(notes, null, null, null, published, origin + ":" + row);
  }

  /** The gold value of {@code field}. */
  public String gold(AcledField field) {
    return gold.get(field);
  }
}
