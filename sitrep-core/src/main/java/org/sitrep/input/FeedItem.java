package org.sitrep.input;

/**
 * One RSS item or Atom entry, its title and body already plain text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the headline, or null
 * @param link its URL as written (maybe relative), or null
 * @param date its date as written, or null
 * @param body the plain-text body, empty when it has none
 */
record FeedItem(String title, String link, String date, String body) {

  /** The title, a blank line and the body; either alone when the other is missing. */
  String text() {
    if (title == null) {
      return body;
    }
    return body.isEmpty() || body.equals(title) ? title : title + "\n\n" + body;
  }
}
