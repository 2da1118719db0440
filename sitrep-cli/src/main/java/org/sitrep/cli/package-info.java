/** The {@code sitrep} command line: picocli commands that are thin shells over the pipeline. */
package org.sitrep.cli;
