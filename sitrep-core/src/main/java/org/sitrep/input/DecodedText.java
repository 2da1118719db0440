package org.sitrep.input;

/**
 * Text decoded from an input's bytes.
 *
 * @param text the characters
 * @param warning a problem that did not stop decoding (a guessed charset), or null
 */
record DecodedText(String text, String warning) {}
