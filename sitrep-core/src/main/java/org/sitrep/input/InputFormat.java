package org.sitrep.input;

import java.util.Locale;
import java.util.regex.Pattern;

/** The formats an article can come in; told by the file's extension, else by its content. */
public enum InputFormat {
  /** Plain text, possibly with a {@code date YYYY-MM-DD} first line. */
  TEXT,
  /** A web page; its main text is extracted. */
  HTML,
  /** One JSON object per line, each an article. */
  JSON_LINES;

  private static final Pattern HTML_START =
      Pattern.compile(
          "(?is)\\A(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*"
              + "<(?:!doctype\\s+html|html|head|body|article|div|p|title|meta)[\\s>/]");

  /** The format of a file named {@code fileName} (may be null or {@code -}) holding {@code text}. */
  public static InputFormat detect(String fileName, String text) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSON_LINES;
    }
    return sniff(text);
  }

  /** The format the content looks like. */
  static InputFormat sniff(String text) {
    String start = text.strip();
    if (start.startsWith("{")) {
      return JSON_LINES;
    }
    if (HTML_START.matcher(start.substring(0, Math.min(start.length(), 4096))).find()) {
      return HTML;
    }
    return TEXT;
  }
}
