package org.sitrep.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentences around a span of an article: the one before, the span's own, the one after. */
final class ArticleContext {

  /** The end of a sentence: a stop (and a closing quote or bracket) before white space, or a blank line. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*\\s+|\\n\\s*\\n");

  /** Never more than this many characters either side, whatever the punctuation. */
  private static final int MAX_REACH = 600;

  private ArticleContext() {}

  /** Where the context of {@code [start, end)} begins and ends in {@code text}. */
  static int[] around(String text, int start, int end) {
    int from = Math.max(0, Math.min(start, text.length()));
    int to = Math.max(from, Math.min(end, text.length()));
    int own = startBefore(text, from);
    int begin = own == 0 ? 0 : startBefore(text, own - 1);
    int finish = endAfter(text, endAfter(text, Math.max(from, to - 1))); // a span may end on its stop
    return new int[] {begin, finish};
  }

  /** The start of the sentence that holds the character before {@code at}. */
  private static int startBefore(String text, int at) {
    int floor = Math.max(0, at - MAX_REACH);
    Matcher m = SENTENCE_END.matcher(text).region(floor, at);
    int start = floor;
    while (m.find()) {
      start = m.end();
    }
    return start;
  }

  /** The end, after its stop, of the sentence that holds {@code at}. */
  private static int endAfter(String text, int at) {
    int ceiling = Math.min(text.length(), at + MAX_REACH);
    Matcher m = SENTENCE_END.matcher(text).region(at, ceiling);
    return m.find() ? m.start() + 1 : ceiling;
  }
}
