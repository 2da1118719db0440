/**
 * Reading articles from files and standard input: plain text, HTML and JSON lines, with clear
 * one-line messages for input that cannot be read.
 */
package org.sitrep.input;
