package org.sitrep.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic claim ids: a hash of the article, the pipeline version and what identifies the
 * claim within the article, so the same input always gives the same id.
 *
 * <p>Thread-safe: stateless.
 */
final class ClaimIds {

  private ClaimIds() {}

  static String of(String articleId, String version, Object... parts) {
    StringBuilder key = new StringBuilder(articleId).append('\u0000').append(version);
    for (Object part : parts) {
      key.append('\u0000').append(part);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
