/**
 * Reading articles from files, standard input and feeds: plain text, HTML, JSON lines, and RSS or
 * Atom fetched over http(s), with clear one-line messages for input that cannot be read.
 */
package org.sitrep.input;
