package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Claim;
import org.sitrep.model.SubEventType;

/**
 * The labels of CASE 2021 task 2 as ACLED sub-event types: {@code ARMED_CLASH} is {@code Armed
 * clash} and so on; the five classes outside ACLED's taxonomy (man-made and natural disasters,
 * organised crime, diplomacy, attribution statements) are all {@link #NO_EVENT}.
 *
 * <p>Thread-safe: no state.
 */
public final class CaseLabels {

  /** The label of a snippet without an ACLED event. */
  public static final String NO_EVENT = "NO_EVENT";

  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    put("ARMED_CLASH", SubEventType.ARMED_CLASH);
    put("GOV_REGAINS_TERIT", SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    put("NON_STATE_ACTOR_OVERTAKES_TER", SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    put("CHEM_WEAP", SubEventType.CHEMICAL_WEAPON);
    put("AIR_STRIKE", SubEventType.AIR_DRONE_STRIKE);
    put("SUIC_BOMB", SubEventType.SUICIDE_BOMB);
    put("ART_MISS_ATTACK", SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    put("REM_EXPLOS", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    put("GRENADE", SubEventType.GRENADE);
    put("SEX_VIOL", SubEventType.SEXUAL_VIOLENCE);
    put("ATTACK", SubEventType.ATTACK);
    put("ABDUCT_DISSAP", SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    put("PEACE_PROTEST", SubEventType.PEACEFUL_PROTEST);
    put("PROTEST_WITH_INTER", SubEventType.PROTEST_WITH_INTERVENTION);
    put("FORCE_AGAINST_PROTEST", SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    put("VIOL_DEMONSTR", SubEventType.VIOLENT_DEMONSTRATION);
    put("MOB_VIOL", SubEventType.MOB_VIOLENCE);
    put("AGREEMENT", SubEventType.AGREEMENT);
    put("ARREST", SubEventType.ARRESTS);
    put("CHANGE_TO_GROUP_ACT", SubEventType.CHANGE_TO_GROUP_ACTIVITY);
    put("DISR_WEAP", SubEventType.DISRUPTED_WEAPONS_USE);
    put("HQ_ESTABLISHED", SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
    put("PROPERTY_DISTRUCT", SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    put("NON_VIOL_TERRIT_TRANSFER", SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    put("OTHER", SubEventType.OTHER);
    for (String outside :
        List.of("MAN_MADE_DISASTER", "NATURAL_DISASTER", "ORG_CRIME", "DIPLO", "ATTRIB")) {
      LABELS.put(outside, NO_EVENT);
    }
  }

  private CaseLabels() {}

  private static void put(String code, SubEventType type) {
    LABELS.put(code, type.label());
  }

  /** The 26 classes scored: the 25 sub-event labels as ACLED writes them, then NO_EVENT. */
  public static List<String> classes() {
    List<String> classes = new ArrayList<>();
    for (SubEventType type : SubEventType.values()) {
      classes.add(type.label());
    }
    classes.add(NO_EVENT);
    return classes;
  }

  /** The class of a CASE label (case and surrounding space ignored), or empty if unknown. */
  public static Optional<String> ofCode(String code) {
    return Optional.ofNullable(LABELS.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /** The class an extractor predicts: the sub-event type of its first event claim, or NO_EVENT. */
  public static String predicted(List<Claim> claims) {
    return claims.stream()
        .filter(Claim::isEvent)
        .findFirst()
        .map(c -> c.subEventType().label())
        .orElse(NO_EVENT);
  }
}
