package org.sitrep.extract;

import org.sitrep.model.SubEventType;

/**
 * An entry of the trigger lexicon.
 *
 * @param kind what the words say
 * @param subEventType the sub-event type for {@link TriggerKind#EVENT}, else null
 */
public record Trigger(TriggerKind kind, SubEventType subEventType) {}
