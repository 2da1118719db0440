package org.sitrep.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * Reads a plain-text article. A first line such as {@code  date 2020-02-06 © photo credit} gives
 * the publication day; that whole line is blanked out with spaces (its newline kept), so that the
 * article's text has the file's length and evidence offsets are file offsets.
 *
 * <p>Thread-safe: it has no state.
 */
final class PlainTextArticles {

  private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})");

  private PlainTextArticles() {}

  /** The article in {@code text}, read from {@code file}. */
  static ReadResult read(String text, String file) throws UnreadableInputException {
    int lineEnd = firstLineEnd(text);
    String firstLine = text.substring(0, lineEnd);
    Matcher m = DATE_LINE.matcher(firstLine);
    LocalDate published = null;
    String warning = null;
    String body = text;
    if (m.find()) {
      try {
        published = LocalDate.parse(m.group(1));
      } catch (DateTimeException e) {
        warning = UnreadableInputException.display(file) + ": no such day: " + m.group(1);
      }
      body = " ".repeat(lineEnd) + text.substring(lineEnd);
    }
    if (body.isBlank()) {
      throw new UnreadableInputException(file, "no text after the date line");
    }
    return ReadResult.of(Article.of(body, null, null, null, published, file)).withWarning(warning);
  }

  /** Index of the first line's terminator ({@code \r} or {@code \n}), or the text's length. */
  private static int firstLineEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }
}
