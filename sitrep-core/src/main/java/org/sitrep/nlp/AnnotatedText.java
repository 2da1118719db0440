package org.sitrep.nlp;

import java.util.List;

/**
 * An article's text split into annotated sentences.
 *
 * @param text the text as given to the annotator; every offset points into it
 * @param sentences its sentences in order
 */
public record AnnotatedText(String text, List<Sentence> sentences) {

  public AnnotatedText {
    sentences = List.copyOf(sentences);
  }

  /** The characters between two offsets. */
  public String cut(int begin, int end) {
    return text.substring(begin, end);
  }
}
