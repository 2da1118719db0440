package org.sitrep.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the articles in a file or a stream: plain text, HTML or JSON lines, told by the file's
 * extension and then by its content. Input that cannot be read at all raises an {@link
 * UnreadableInputException} with a one-line message; a JSON-lines file with some bad lines gives
 * its good lines and an error per bad one.
 *
 * <p>Thread-safe: it has no mutable state.
 */
public final class ArticleReader {

  /** The default limit on an input's size: 50 MB. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final long maxBytes;
  private final JsonLinesArticles jsonLines = new JsonLinesArticles();

  /** A reader with the default 50 MB limit. */
  public ArticleReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A reader that refuses inputs larger than {@code maxBytes}. */
  public ArticleReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** Reads the file at {@code path}; its name as given is the articles' origin. */
  public ReadResult read(Path path) throws UnreadableInputException {
    String file = path.toString();
    if (Files.isDirectory(path)) {
      throw new UnreadableInputException(file, "is a directory");
    }
    if (!Files.exists(path)) {
      throw new UnreadableInputException(file, "file not found");
    }
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooBig(file, size);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return read(in, file);
      }
    } catch (AccessDeniedException e) {
      throw new UnreadableInputException(file, "permission denied");
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(file, "file not found");
    } catch (IOException e) {
      throw new UnreadableInputException(file, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads {@code in} to its end (it is not closed); {@code file} names it in messages and
   * articles, {@code -} for standard input, and its extension, if any, tells the format.
   */
  public ReadResult read(InputStream in, String file) throws UnreadableInputException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new UnreadableInputException(file, "cannot be read: " + e.getMessage());
    }
    if (bytes.length > maxBytes) {
      throw tooBig(file, -1);
    }
    DecodedText decoded = TextDecoder.decode(bytes, file);
    String text = decoded.text();
    if (text.isBlank()) {
      throw new UnreadableInputException(file, "empty or only whitespace");
    }
    String warning =
        decoded.warning() == null
            ? null
            : UnreadableInputException.display(file) + ": " + decoded.warning();
    ReadResult result =
        switch (InputFormat.detect(file, text)) {
          case TEXT -> PlainTextArticles.read(text, file);
          case HTML -> HtmlArticles.read(text, file);
          case JSON_LINES -> jsonLines.read(text, file);
        };
    return result.withWarning(warning);
  }

  private UnreadableInputException tooBig(String file, long size) {
    String limit = megabytes(maxBytes);
    String problem =
        size < 0
            ? "too big: more than " + limit + " (the limit)"
            : "too big: " + megabytes(size) + ", the limit is " + limit;
    return new UnreadableInputException(file, problem);
  }

  private static String megabytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return bytes + " bytes";
    }
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb)
        ? String.format(Locale.ROOT, "%d MB", (long) mb)
        : String.format(Locale.ROOT, "%.1f MB", mb);
  }
}
