package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One thing a report says happened (or will, or did not), by whom it is said, and the words it
 * rests on. A claim with a sub-event type is an ACLED-style event claim; one without (an
 * allegation about the future, a displacement figure, a denial) is kept as a claim all the same.
 *
 * <p>The ACLED columns that are derived from others ({@code event_type}, {@code year}, {@code
 * interaction}, {@code event_id_cnty}) are methods, so they cannot disagree with their source.
 *
 * @param id deterministic id: the same article and pipeline version give the same id
 * @param pipelineVersion version of the code and knowledge files that made the claim
 * @param articleId the {@link Article#id()} the claim was read from
 * @param eventDate the day of the event, or null when the text does not tell it
 * @param timePrecision 1 day, 2 week, 3 month; null with a null date
 * @param subEventType null when the claim is not an ACLED event
 * @param actor1 initiator, or null
 * @param assocActor1 actors on actor1's side
 * @param inter1 actor1's inter code in this event (a foreign army is 8), or null without actor1
 * @param actor2 target or other side, or null
 * @param assocActor2 actors on actor2's side
 * @param inter2 actor2's inter code in this event, or null without actor2
 * @param place where it happened
 * @param source the publisher
 * @param notes one-sentence summary: the sentence the claim was read from
 * @param fatalities lowest credible death toll; 0 when none is reported
 * @param speaker {@code publisher} or the name of the party the article quotes
 * @param cue the words that attribute the claim ("according to", "reportedly"), or null
 * @param modality how firmly the claim is made
 * @param claimedFatalities a toll one party claims, or null
 * @param evidence the spans every field came from
 */
public record Claim(
    String id,
    String pipelineVersion,
    String articleId,
    LocalDate eventDate,
    Integer timePrecision,
    SubEventType subEventType,
    Actor actor1,
    List<Actor> assocActor1,
    Integer inter1,
    Actor actor2,
    List<Actor> assocActor2,
    Integer inter2,
    Place place,
    Source source,
    String notes,
    int fatalities,
    String speaker,
    String cue,
    Modality modality,
    ClaimedFatalities claimedFatalities,
    List<Evidence> evidence) {

  /** The speaker of statements a publisher makes in its own voice. */
  public static final String PUBLISHER = "publisher";

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(speaker, "speaker");
    assocActor1 = List.copyOf(assocActor1);
    assocActor2 = List.copyOf(assocActor2);
    evidence = List.copyOf(evidence);
    place = place == null ? Place.unknown() : place;
    if (fatalities < 0) {
      throw new IllegalArgumentException("fatalities must not be negative: " + fatalities);
    }
  }

  /** True when the claim is an ACLED-style event rather than some other statement. */
  public boolean isEvent() {
    return subEventType != null;
  }

  /** ACLED's {@code event_type}, or null. */
  public EventType eventType() {
    return subEventType == null ? null : subEventType.eventType();
  }

  /** ACLED's {@code year}, or null. */
  public Integer year() {
    return eventDate == null ? null : eventDate.getYear();
  }

  /**
   * ACLED's {@code event_id_cnty}: Sitrep's own id, {@code SR} and the first twelve digits of the
   * claim id, so that it never collides with an ACLED id.
   */
  public String eventIdCnty() {
    return "SR" + id.substring(0, Math.min(12, id.length())).toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * ACLED's {@code interaction}: both inter codes, lower first (12); one actor alone is its code
   * times ten (10, 20 ...). Null without actors.
   */
  public Integer interaction() {
    if (inter1 == null && inter2 == null) {
      return null;
    }
    if (inter1 == null || inter2 == null) {
      return 10 * (inter1 == null ? inter2 : inter1);
    }
    return 10 * Math.min(inter1, inter2) + Math.max(inter1, inter2);
  }
}
