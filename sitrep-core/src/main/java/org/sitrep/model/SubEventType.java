package org.sitrep.model;

import static org.sitrep.model.EventType.BATTLES;
import static org.sitrep.model.EventType.EXPLOSIONS_REMOTE_VIOLENCE;
import static org.sitrep.model.EventType.PROTESTS;
import static org.sitrep.model.EventType.RIOTS;
import static org.sitrep.model.EventType.STRATEGIC_DEVELOPMENTS;
import static org.sitrep.model.EventType.VIOLENCE_AGAINST_CIVILIANS;

import java.util.Arrays;
import java.util.Optional;

/**
 * ACLED's 25 sub-event types, each with its event type and a violence rank: when one event fits
 * several sub-event types, the higher rank wins (DOMAIN.md: the more violent, more specific one).
 */
public enum SubEventType {
  ARMED_CLASH(BATTLES, "Armed clash", 80),
  GOVERNMENT_REGAINS_TERRITORY(BATTLES, "Government regains territory", 85),
  NON_STATE_ACTOR_OVERTAKES_TERRITORY(BATTLES, "Non-state actor overtakes territory", 85),
  CHEMICAL_WEAPON(EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon", 95),
  AIR_DRONE_STRIKE(EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike", 75),
  SUICIDE_BOMB(EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb", 92),
  SHELLING_ARTILLERY_MISSILE_ATTACK(
      EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack", 70),
  REMOTE_EXPLOSIVE_LANDMINE_IED(EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED", 78),
  GRENADE(EXPLOSIONS_REMOTE_VIOLENCE, "Grenade", 72),
  SEXUAL_VIOLENCE(VIOLENCE_AGAINST_CIVILIANS, "Sexual violence", 68),
  ATTACK(VIOLENCE_AGAINST_CIVILIANS, "Attack", 65),
  ABDUCTION_FORCED_DISAPPEARANCE(
      VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance", 60),
  PEACEFUL_PROTEST(PROTESTS, "Peaceful protest", 10),
  PROTEST_WITH_INTERVENTION(PROTESTS, "Protest with intervention", 20),
  EXCESSIVE_FORCE_AGAINST_PROTESTERS(PROTESTS, "Excessive force against protesters", 50),
  VIOLENT_DEMONSTRATION(RIOTS, "Violent demonstration", 40),
  MOB_VIOLENCE(RIOTS, "Mob violence", 45),
  AGREEMENT(STRATEGIC_DEVELOPMENTS, "Agreement", 5),
  ARRESTS(STRATEGIC_DEVELOPMENTS, "Arrests", 15),
  CHANGE_TO_GROUP_ACTIVITY(STRATEGIC_DEVELOPMENTS, "Change to group/activity", 3),
  DISRUPTED_WEAPONS_USE(STRATEGIC_DEVELOPMENTS, "Disrupted weapons use", 30),
  HEADQUARTERS_OR_BASE_ESTABLISHED(STRATEGIC_DEVELOPMENTS, "Headquarters or base established", 8),
  LOOTING_PROPERTY_DESTRUCTION(STRATEGIC_DEVELOPMENTS, "Looting/property destruction", 35),
  NON_VIOLENT_TRANSFER_OF_TERRITORY(
      STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory", 7),
  OTHER(STRATEGIC_DEVELOPMENTS, "Other", 1);

  private final EventType eventType;
  private final String label;
  private final int violence;

  SubEventType(EventType eventType, String label, int violence) {
    this.eventType = eventType;
    this.label = label;
    this.violence = violence;
  }

  public EventType eventType() {
    return eventType;
  }

  /** The name as ACLED writes it. */
  public String label() {
    return label;
  }

  /** Rank among sub-event types: higher is more violent or more specific. */
  public int violence() {
    return violence;
  }

  /** The sub-event type ACLED writes as {@code label}, ignoring case. */
  public static Optional<SubEventType> ofLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label.strip())).findFirst();
  }
}
