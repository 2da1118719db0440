package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.knowledge.TsvRow;
import org.sitrep.model.Modality;
import org.sitrep.text.PhraseMatch;
import org.sitrep.text.PhraseTrie;
import org.sitrep.text.WordStream;

/**
 * The attribution and modality cues of {@code cues.tsv}.
 *
 * <p>Thread-safe: immutable.
 */
public final class CueLexicon {

  private final PhraseTrie<Cue> trie;

  private CueLexicon(PhraseTrie<Cue> trie) {
    this.trie = trie;
  }

  public static CueLexicon load(KnowledgeFiles files) {
    PhraseTrie.Builder<Cue> trie = PhraseTrie.builder();
    for (TsvRow row : files.rows("cues.tsv")) {
      Cue.Kind kind;
      Modality modality = null;
      try {
        kind = Cue.Kind.of(row.required("kind"));
        if (kind != Cue.Kind.PARTISAN) {
          modality = Modality.ofLabel(row.required("modality"));
        }
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind or modality: " + e.getMessage());
      }
      trie.add(row.required("phrase"), new Cue(kind, modality));
    }
    return new CueLexicon(trie.build());
  }

  /** Every cue in a sentence. */
  public List<CueMention> find(WordStream stream) {
    List<CueMention> found = new ArrayList<>();
    for (PhraseMatch<Cue> match : trie.findAll(stream)) {
      found.add(new CueMention(match.value(), match.from(), match.to(), match.begin(), match.end()));
    }
    return found;
  }
}
