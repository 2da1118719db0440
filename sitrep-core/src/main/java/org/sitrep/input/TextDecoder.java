package org.sitrep.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text: UTF-8 read strictly, a UTF-8 or UTF-16 byte-order mark
 * honoured, windows-1252 accepted with a warning when invalid UTF-8 looks like Latin text, and
 * binary data refused.
 *
 * <p>Thread-safe: it has no state.
 */
final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Typographic characters of windows-1252 text that are not letters. */
  private static final String LATIN_PUNCTUATION =
      "\u2018\u2019\u201A\u201C\u201D\u201E\u2013\u2014\u2026\u2022\u20AC\u00A3\u00A5\u00A9\u00AE"
          + "\u00B0\u00B1\u00B7\u00AB\u00BB\u00A7\u00B6\u00A0\u00A1\u00BF\u00D7\u00F7\u00B4\u2122";

  private TextDecoder() {}

  /**
   * Decodes {@code bytes} read from {@code file}.
   *
   * @throws UnreadableInputException when the bytes are empty, binary or not text in a known
   *     encoding
   */
  static DecodedText decode(byte[] bytes, String file) throws UnreadableInputException {
    if (bytes.length == 0) {
      throw new UnreadableInputException(file, "empty");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new DecodedText(strict(bytes, 3, StandardCharsets.UTF_8, file, "UTF-8"), null);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE, file, "UTF-16"), null);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE, file, "UTF-16"), null);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new UnreadableInputException(file, "binary (contains NUL bytes)");
      }
    }
    if (controlShare(bytes) > 0.10) {
      throw new UnreadableInputException(file, "binary (mostly non-text bytes)");
    }
    try {
      String text = decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
      return new DecodedText(text, null);
    } catch (CharacterCodingException e) {
      if (looksLikeLatinText(bytes)) {
        return new DecodedText(
            new String(bytes, WINDOWS_1252), "not valid UTF-8, read as windows-1252");
      }
      int at = firstInvalidUtf8(bytes);
      throw new UnreadableInputException(
          file, String.format("not valid UTF-8 (byte 0x%02X at offset %d)", bytes[at] & 0xFF, at));
    }
  }

  private static String strict(byte[] bytes, int skip, Charset charset, String file, String name)
      throws UnreadableInputException {
    try {
      return decoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableInputException(file, "not valid " + name + " despite its byte-order mark");
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** True when the bytes start with a UTF-8 or UTF-16 byte-order mark, which {@link #decode} reads. */
  static boolean hasByteOrderMark(byte[] bytes) {
    return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Share of bytes that are control characters other than tab, newline, form feed, return. */
  private static double controlShare(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      int c = b & 0xFF;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        controls++;
      }
    }
    return (double) controls / bytes.length;
  }

  /**
   * True when the bytes read as windows-1252 give Latin-script text: few non-ASCII bytes, none of
   * them undefined in windows-1252, each a letter or common typographic mark, and most letters
   * plain ASCII (text in another script's 8-bit encoding fails this last test).
   */
  static boolean looksLikeLatinText(byte[] bytes) {
    String text = new String(bytes, WINDOWS_1252);
    int letters = 0;
    int highLetters = 0;
    int high = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        letters += Character.isLetter(c) ? 1 : 0;
        continue;
      }
      high++;
      if (Character.isLetter(c)) {
        letters++;
        highLetters++;
      } else if (LATIN_PUNCTUATION.indexOf(c) < 0) {
        return false;
      }
    }
    return letters > 0 && high <= 0.15 * text.length() && highLetters <= 0.3 * letters;
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder = decoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return result.isError() ? in.position() : 0;
  }
}
