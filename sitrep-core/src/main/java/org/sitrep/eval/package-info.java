/**
 * Evaluation against data that others annotated: ACLED exports and the CASE 2021 sub-type task,
 * each scored for any {@link org.sitrep.eval.Extractor} beside a trivial {@link
 * org.sitrep.eval.KeywordBaseline}.
 */
package org.sitrep.eval;
