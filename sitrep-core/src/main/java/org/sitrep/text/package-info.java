/** Matching lists of phrases against annotated sentences, the way every lexicon of Sitrep is used. */
package org.sitrep.text;
