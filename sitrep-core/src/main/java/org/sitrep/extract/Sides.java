package org.sitrep.extract;

import java.util.List;
import org.sitrep.actors.ActorMention;

/**
 * The two sides of an act as the words of one sentence give them.
 *
 * @param actor1 the initiator, or null
 * @param assoc1 others on the initiator's side
 * @param actor2 the target or other side, or null
 * @param assoc2 others on the target's side
 */
public record Sides(ActorMention actor1, List<ActorMention> assoc1, ActorMention actor2, List<ActorMention> assoc2) {

  public Sides {
    assoc1 = List.copyOf(assoc1);
    assoc2 = List.copyOf(assoc2);
  }

  static Sides none() {
    return new Sides(null, List.of(), null, List.of());
  }
}
