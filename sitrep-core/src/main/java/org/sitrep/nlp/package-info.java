/**
 * The boundary to Stanford CoreNLP: text in, Sitrep's own sentence and token records out. Nothing
 * outside this package touches CoreNLP types.
 */
package org.sitrep.nlp;
