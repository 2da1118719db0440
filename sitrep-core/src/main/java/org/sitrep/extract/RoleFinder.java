package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorMention;
import org.sitrep.nlp.Token;
import org.sitrep.text.WordStream;

/**
 * Tells who did what to whom around a trigger, from word order and a few function words: the
 * subject before an active verb acts; "by X" names the actor of a passive or of a noun ("an
 * attack by X on Y"); "between X and Y" names both; actors joined by "and", "backed by", "with"
 * stand on one side.
 *
 * <p>Thread-safe: stateless.
 */
public final class RoleFinder {

  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "are", "got", "be");
  private static final Set<String> TARGET_PREPOSITIONS = Set.of("on", "against", "at", "targeting", "upon", "with");
  private static final Set<String> ALLY_LINKS = Set.of("and", ",", "backed", "up", "by", "with", "supported", "along",
      "together", "alongside", "assisted", "the", "its", "their", "allied", "forces", "of", "aided");

  /** The sides of the act named by the trigger at words {@code [from, to)} of a sentence. */
  public Sides find(SentenceFacts facts, int from, int to) {
    List<ActorMention> actors = facts.actors();
    if (actors.isEmpty()) {
      return Sides.none();
    }
    WordStream words = facts.words();
    List<ActorMention> before = new ArrayList<>();
    List<ActorMention> after = new ArrayList<>();
    for (ActorMention actor : actors) {
      if (actor.to() <= from) {
        before.add(actor);
      } else if (actor.from() >= to) {
        after.add(actor);
      }
    }
    // "clashes between X and Y"
    if (from > 0 || to < words.size()) {
      for (int w = to; w < Math.min(words.size(), to + 3); w++) {
        if (words.get(w).word().equals("between") && after.size() >= 2) {
          return new Sides(after.get(0), List.of(), after.get(1), List.of());
        }
      }
    }
    ActorMention agent = agentAfter(words, after);
    boolean passive = isPassive(facts, from);
    if (agent != null) {
      ActorMention target = !before.isEmpty() ? before.get(before.size() - 1) : targetAfter(words, after, agent);
      return new Sides(agent, allies(words, after, agent), target, List.of());
    }
    if (passive) {
      ActorMention target = before.isEmpty() ? null : before.get(before.size() - 1);
      return new Sides(null, List.of(), target, List.of());
    }
    ActorMention subject = before.isEmpty() ? null : firstOfGroup(words, before);
    ActorMention object = after.isEmpty() ? null : after.get(0);
    List<ActorMention> assoc = subject == null ? List.of() : allies(words, before, subject);
    if (subject == null && object != null && after.size() >= 2 && sameSide(words, after.get(0), after.get(1))) {
      // "X and Y clashed" with the trigger first is rare; "fighting X and Y" keeps them apart.
      return new Sides(after.get(0), List.of(), after.get(1), List.of());
    }
    return new Sides(subject, assoc, object, List.of());
  }

  /** The actor after "by" following the trigger. */
  private static ActorMention agentAfter(WordStream words, List<ActorMention> after) {
    for (ActorMention actor : after) {
      for (int w = actor.from() - 1; w >= Math.max(0, actor.from() - 4); w--) {
        String word = words.get(w).word();
        if (word.equals("by")) {
          return actor;
        }
        if (!word.equals("the") && !word.equals("suspected") && !word.equals("alleged") && !word.equals("unknown")
            && !word.equals("armed") && !word.matches("\\d+")) {
          break;
        }
      }
    }
    return null;
  }

  private static ActorMention targetAfter(WordStream words, List<ActorMention> after, ActorMention agent) {
    for (ActorMention actor : after) {
      if (actor != agent && actor.from() > 0 && TARGET_PREPOSITIONS.contains(words.get(actor.from() - 1).word())) {
        return actor;
      }
    }
    return null;
  }

  private static boolean isPassive(SentenceFacts facts, int from) {
    List<Token> tokens = facts.sentence().tokens();
    int token = facts.words().get(from).token();
    if (!tokens.get(token).pos().equals("VBN")) {
      return false;
    }
    for (int t = token - 1; t >= Math.max(0, token - 3); t--) {
      if (PASSIVE_AUX.contains(tokens.get(t).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first actor of the group of allied actors that ends the list; but when that is a civilian
   * and an armed actor came earlier ("two armed men forced a man ... and shot him"), the armed one.
   */
  private static ActorMention firstOfGroup(WordStream words, List<ActorMention> before) {
    ActorMention nearest = before.get(before.size() - 1);
    if (nearest.entry().isCivilians()) {
      for (ActorMention earlier : before) {
        if (earlier.entry().isArmed()) {
          return earlier;
        }
      }
    }
    int i = before.size() - 1;
    while (i > 0 && sameSide(words, before.get(i - 1), before.get(i))) {
      i--;
    }
    return before.get(i);
  }

  private static List<ActorMention> allies(WordStream words, List<ActorMention> list, ActorMention main) {
    List<ActorMention> allies = new ArrayList<>();
    int i = list.indexOf(main);
    for (int k = i + 1; k < list.size() && sameSide(words, list.get(k - 1), list.get(k)); k++) {
      if (!list.get(k).entry().equals(main.entry())) {
        allies.add(list.get(k));
      }
    }
    return allies;
  }

  /** True when only linking words stand between two actors ("X and Y", "X, backed by Y"). */
  private static boolean sameSide(WordStream words, ActorMention a, ActorMention b) {
    if (b.from() - a.to() > 5) {
      return false;
    }
    for (int w = a.to(); w < b.from(); w++) {
      if (!ALLY_LINKS.contains(words.get(w).word())) {
        return false;
      }
    }
    return true;
  }
}
