package org.sitrep.extract;

import java.util.Locale;
import org.sitrep.model.Modality;

/**
 * An entry of the cue lexicon ({@code cues.tsv}).
 *
 * @param kind how the cue relates to its speaker
 * @param modality the modality it gives, or null for {@link Kind#PARTISAN}
 */
public record Cue(Kind kind, Modality modality) {

  /** See {@code cues.tsv}. */
  public enum Kind {
    ACCORDING, VERB, ADVERB, MODAL, PARTISAN;

    static Kind of(String label) {
      return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
  }
}
