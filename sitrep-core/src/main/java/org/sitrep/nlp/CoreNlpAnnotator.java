package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Splits text into sentences and tokens with parts of speech, lemmas and named entities, using
 * only the CoreNLP annotators Sitrep needs: the 3-class NER model, without SUTime or the numeric
 * classifiers (dates and numbers are read by Sitrep's own rules, which are faster and tell their
 * spans).
 *
 * <p>Thread-safe: CoreNLP's annotators used here may be shared between threads.
 */
public final class CoreNlpAnnotator {

  private final StanfordCoreNLP corenlp;

  private CoreNlpAnnotator(StanfordCoreNLP corenlp) {
    this.corenlp = corenlp;
  }

  /** Loads the models (a few seconds). */
  public static CoreNlpAnnotator load() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ner.combinationMode", "NORMAL");
    props.setProperty("tokenize.options", "invertible=false,untokenizable=noneKeep");
    // Newlines end sentences: headlines and datelines have no final full stop.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return new CoreNlpAnnotator(new StanfordCoreNLP(props));
  }

  /** Annotates {@code text}; offsets in the result are offsets into {@code text}. */
  public AnnotatedText annotate(String text) {
    TextRepair repair = TextRepair.of(text);
    Annotation annotation = new Annotation(repair.text());
    corenlp.annotate(annotation);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap coreSentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : coreSentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(
            new Token(
                tokens.size(),
                label.originalText(),
                label.lemma() == null ? label.word().toLowerCase(Locale.ROOT) : label.lemma().toLowerCase(Locale.ROOT),
                label.tag(),
                label.ner() == null ? "O" : label.ner(),
                repair.original(label.beginPosition()),
                repair.original(label.endPosition())));
      }
      if (!tokens.isEmpty()) {
        sentences.add(
            new Sentence(
                sentences.size(),
                tokens.get(0).begin(),
                tokens.get(tokens.size() - 1).end(),
                tokens));
      }
    }
    return new AnnotatedText(text, sentences);
  }
}
