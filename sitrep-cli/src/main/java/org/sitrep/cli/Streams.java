package org.sitrep.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The three standard streams a command uses, passed in so that tests can run commands in-process.
 *
 * @param in standard input, read for the file {@code -}
 * @param out the requested output only
 * @param err messages, warnings and progress
 */
record Streams(InputStream in, PrintStream out, PrintStream err) {}
