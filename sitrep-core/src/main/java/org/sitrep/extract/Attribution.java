package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;

/**
 * Who a sentence's claims come from and how firmly they are made.
 *
 * @param speaker {@code publisher} or the quoted party
 * @param cue the attributing words, or null
 * @param modality the modality the attribution gives
 * @param evidence spans of the cue and the speaker
 */
public record Attribution(String speaker, String cue, Modality modality, List<Evidence> evidence) {

  public Attribution {
    evidence = List.copyOf(evidence);
  }

  /** The publisher speaking in its own voice. */
  public static Attribution publisher(String publisher) {
    return new Attribution(publisher, null, Modality.ASSERTED, List.of());
  }

  public boolean isPublisher(String publisher) {
    return speaker.equals(publisher) && cue == null;
  }
}
