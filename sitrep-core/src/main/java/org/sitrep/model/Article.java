package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One report to read: its text and what is known about where it came from.
 *
 * <p>Evidence offsets of the claims extracted from an article are offsets into {@link #text()}.
 *
 * @param id content hash of the normalised text (hex), so the same article always has the same id
 * @param text the text to read; never null
 * @param title the headline, or null
 * @param url where it was published, or null
 * @param source the publisher's name, or null when unknown
 * @param published the publication day, or null when unknown (dates are then left unresolved)
 * @param origin what it was read from (a file name, "-" for standard input), for messages
 */
public record Article(
    String id,
    String text,
    String title,
    String url,
    String source,
    LocalDate published,
    String origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** An article whose id is the content hash of its text. */
  public static Article of(
      String text, String title, String url, String source, LocalDate published, String origin) {
    return new Article(contentHash(text), text, title, url, source, published, origin);
  }

  /** Same article with another publisher (the {@code --source} option). */
  public Article withSource(String newSource) {
    return new Article(id, text, title, url, newSource, published, origin);
  }

  /** Same article with another publication day (the {@code --date} option). */
  public Article withPublished(LocalDate day) {
    return new Article(id, text, title, url, source, day, origin);
  }

  /** SHA-256 of the text after Unicode NFKC normalisation and whitespace collapsing. */
  public static String contentHash(String text) {
    String normalised =
        Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
