/**
 * Evaluation against data that others annotated: ACLED exports ({@link
 * org.sitrep.eval.AcledEvaluation}, run by {@code sitrep eval acled FILE.csv}) and CASE 2021 task 2
 * ({@link org.sitrep.eval.CaseEvaluation}, run by {@code sitrep eval case FILE.tsv}), each scoring
 * any {@link org.sitrep.eval.Extractor} beside the trivial {@link org.sitrep.eval.KeywordBaseline}.
 */
package org.sitrep.eval;
