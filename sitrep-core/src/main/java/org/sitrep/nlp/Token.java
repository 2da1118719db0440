package org.sitrep.nlp;

/**
 * One token of an article.
 *
 * @param index position in its sentence, from 0
 * @param word the token as written
 * @param lemma its lemma, lower-cased
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity class ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}) or
 *     {@code O}
 * @param begin character offset into the article text, inclusive
 * @param end character offset, exclusive
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

  /** Lower-cased word. */
  public String lower() {
    return word.toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isCapitalised() {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
