package org.sitrep.nlp;

import java.util.List;

/**
 * One sentence of an article with its tokens.
 *
 * @param index position in the article, from 0
 * @param begin character offset of its first token
 * @param end character offset after its last token
 * @param tokens its tokens in order
 */
public record Sentence(int index, int begin, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The sentence's words cut from {@code text}, the article text it came from. */
  public String text(String articleText) {
    return articleText.substring(begin, end);
  }
}
