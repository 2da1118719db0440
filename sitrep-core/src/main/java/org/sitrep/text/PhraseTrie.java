package org.sitrep.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of phrases matched longest-first against a {@link WordStream}. A word of a phrase
 * matches a word of the text or its lemma, so {@code clash} finds "clashed" and "clashes". The
 * phrase word {@code *} skips up to three words of the text ({@code cut off * highway}).
 *
 * <p>Build with {@link Builder}; the built trie is immutable and thread-safe.
 *
 * @param <V> what each phrase maps to
 */
public final class PhraseTrie<V> {

  private static final String GAP = "*";
  private static final int MAX_GAP = 3;

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>();
    final List<V> values = new ArrayList<>();
  }

  private final Node<V> root;

  private PhraseTrie(Node<V> root) {
    this.root = root;
  }

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Collects phrases; not thread-safe. */
  public static final class Builder<V> {
    private final Node<V> root = new Node<>();

    /** Adds {@code phrase} (split and folded by {@link Words#split}); blank phrases are ignored. */
    public Builder<V> add(String phrase, V value) {
      List<String> words = Words.split(phrase);
      if (words.isEmpty()) {
        return this;
      }
      Node<V> node = root;
      for (String word : words) {
        node = node.next.computeIfAbsent(word, w -> new Node<>());
      }
      if (!node.values.contains(value)) {
        node.values.add(value);
      }
      return this;
    }

    public PhraseTrie<V> build() {
      return new PhraseTrie<>(root);
    }
  }

  /** Every longest match, scanning left to right without overlaps. */
  public List<PhraseMatch<V>> findAll(WordStream stream) {
    List<PhraseMatch<V>> matches = new ArrayList<>();
    int i = 0;
    while (i < stream.size()) {
      PhraseMatch<V> match = longestAt(stream, i);
      if (match == null) {
        i++;
      } else {
        matches.add(match);
        i = match.to();
      }
    }
    return matches;
  }

  /** The longest match that starts at word {@code from}, or null. */
  public PhraseMatch<V> longestAt(WordStream stream, int from) {
    int[] best = {-1};
    Node<V>[] bestNode = newNodeArray();
    walk(root, stream, from, from, best, bestNode);
    if (best[0] < 0) {
      return null;
    }
    return new PhraseMatch<>(
        from, best[0], stream.get(from).begin(), stream.get(best[0] - 1).end(), bestNode[0].values);
  }

  @SuppressWarnings("unchecked")
  private static <V> Node<V>[] newNodeArray() {
    return (Node<V>[]) new Node<?>[1];
  }

  private void walk(Node<V> node, WordStream stream, int start, int at, int[] best, Node<V>[] bestNode) {
    if (!node.values.isEmpty() && at > start && at > best[0]) {
      best[0] = at;
      bestNode[0] = node;
    }
    if (at >= stream.size()) {
      return;
    }
    WordStream.Word word = stream.get(at);
    Node<V> byWord = node.next.get(word.word());
    if (byWord != null) {
      walk(byWord, stream, start, at + 1, best, bestNode);
    }
    if (!word.lemma().equals(word.word())) {
      Node<V> byLemma = node.next.get(word.lemma());
      if (byLemma != null) {
        walk(byLemma, stream, start, at + 1, best, bestNode);
      }
    }
    Node<V> gap = node.next.get(GAP);
    if (gap != null && at > start) {
      for (int skip = 0; skip <= MAX_GAP && at + skip < stream.size(); skip++) {
        walk(gap, stream, start, at + skip, best, bestNode);
      }
    }
  }
}
