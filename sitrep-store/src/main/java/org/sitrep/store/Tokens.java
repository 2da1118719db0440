package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code tokens} table: API tokens are 32 random bytes, base64url, and only their SHA-256 is
 * stored, so a copy of the store gives no one a token.
 *
 * <p>Thread-safe: stateless; {@link SecureRandom} is thread-safe.
 */
final class Tokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

  private Tokens() {}

  /**
   * Makes a token; returns it, the only time it is seen.
   *
   * @throws IllegalArgumentException when the name is not a token name or is taken
   */
  static String create(Connection c, String name, Set<Right> rights) throws SQLException {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a token name is 1 to 64 letters, digits, '.', '_', '@' or '-', beginning"
          + " with a letter or digit; was '" + name + "'");
    }
    if (exists(c, name)) {
      throw new IllegalArgumentException("a token named '" + name + "' exists already: revoke it first, or choose"
          + " another name");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    try (PreparedStatement s = c.prepareStatement("INSERT INTO tokens (name, hash, rights, created_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, name);
      s.setString(2, hash(token));
      s.setString(3, Right.join(rights));
      s.setString(4, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      s.executeUpdate();
    }
    return token;
  }

  /** The token whose SHA-256 is that of {@code token}. */
  static Optional<Token> find(Connection c, String token) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT name, rights, created_at FROM tokens WHERE hash = ?")) {
      s.setString(1, hash(token));
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(read(r)) : Optional.empty();
      }
    }
  }

  /** Every token, by name. */
  static List<Token> all(Connection c) throws SQLException {
    List<Token> tokens = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT name, rights, created_at FROM tokens ORDER BY name");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        tokens.add(read(r));
      }
    }
    return tokens;
  }

  /** Deletes the token of that name; false when there is none. */
  static boolean revoke(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM tokens WHERE name = ?")) {
      s.setString(1, name);
      return s.executeUpdate() > 0;
    }
  }

  private static boolean exists(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM tokens WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /** SHA-256 of the token's UTF-8 bytes, as lower-case hex: what the store keeps. */
  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static Token read(ResultSet r) throws SQLException {
    return new Token(r.getString("name"), Right.parse(r.getString("rights")), Instant.parse(r.getString("created_at")));
  }
}
