package org.sitrep.input;

/**
 * The start of an XML text: the qualified name of its first element (null when it does not start
 * with one) and whether a DOCTYPE comes before it. Found by a scan of the characters, without
 * parsing, so that a feed can be recognised cheaply and a DTD refused before the parser sees it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param root the first element's qualified name, such as {@code rdf:RDF}, or null
 * @param doctype whether a {@code <!DOCTYPE} comes before the first element
 */
record XmlProlog(String root, boolean doctype) {

  /**
   * The prolog of {@code text}, skipping whitespace, processing instructions, comments and
   * DOCTYPEs. A byte-order mark is not skipped: the caller removes it.
   */
  static XmlProlog scan(String text) {
    int n = text.length();
    int i = 0;
    boolean doctype = false;
    while (true) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n || text.charAt(i) != '<') {
        return new XmlProlog(null, doctype);
      }
      if (text.startsWith("<?", i)) {
        i = after(text, "?>", i + 2);
      } else if (text.startsWith("<!--", i)) {
        i = after(text, "-->", i + 4);
      } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        doctype = true;
        i = afterDoctype(text, i + 9);
      } else {
        int j = i + 1;
        while (j < n && isNameChar(text.charAt(j))) {
          j++;
        }
        return new XmlProlog(j > i + 1 ? text.substring(i + 1, j) : null, doctype);
      }
      if (i < 0) {
        return new XmlProlog(null, doctype);
      }
    }
  }

  /** The index after the first {@code end} at or after {@code from}; -1 when there is none. */
  private static int after(String text, String end, int from) {
    int at = text.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  /** The index after the {@code >} closing a DOCTYPE, skipping its internal subset; else -1. */
  private static int afterDoctype(String text, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
  }
}
