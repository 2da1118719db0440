package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.knowledge.TsvRow;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.Token;
import org.sitrep.text.PhraseMatch;
import org.sitrep.text.PhraseTrie;
import org.sitrep.text.WordStream;

/**
 * The trigger words of {@code triggers.tsv}.
 *
 * <p>Thread-safe: immutable.
 */
public final class TriggerLexicon {

  private final PhraseTrie<Trigger> trie;

  private TriggerLexicon(PhraseTrie<Trigger> trie) {
    this.trie = trie;
  }

  public static TriggerLexicon load(KnowledgeFiles files) {
    PhraseTrie.Builder<Trigger> trie = PhraseTrie.builder();
    for (TsvRow row : files.rows("triggers.tsv")) {
      TriggerKind kind;
      try {
        kind = TriggerKind.of(row.required("kind"));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind '" + row.get("kind") + "'");
      }
      SubEventType subEventType = null;
      if (kind == TriggerKind.EVENT) {
        subEventType = SubEventType.ofLabel(row.required("sub_event_type"))
            .orElseThrow(() -> row.error("unknown sub_event_type '" + row.get("sub_event_type") + "'"));
      }
      trie.add(row.required("phrase"), new Trigger(kind, subEventType));
    }
    return new TriggerLexicon(trie.build());
  }

  /** Every trigger in a sentence; a phrase with several kinds gives one mention per kind. */
  public List<TriggerMention> find(WordStream stream) {
    List<TriggerMention> found = new ArrayList<>();
    for (PhraseMatch<Trigger> match : trie.findAll(stream)) {
      Token first = stream.token(match.from());
      if (first.index() > 0 && first.isCapitalised() && first.pos().startsWith("NNP")) {
        continue; // a name, not an act: "March 20", "Strike Force", "Rally Party"
      }
      for (Trigger trigger : match.values()) {
        found.add(new TriggerMention(trigger, match.from(), match.to(), match.begin(), match.end()));
      }
    }
    return found;
  }
}
