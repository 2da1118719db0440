/**
 * Evaluation against data that others annotated: ACLED exports ({@link
 * org.sitrep.eval.AcledEvaluation}, run by {@code sitrep eval acled FILE.csv}) and CASE 2021 task 2
 * ({@link org.sitrep.eval.CaseEvaluation}, run by {@code sitrep eval case FILE.tsv}), each scoring
 * any {@link org.sitrep.eval.Extractor} beside the trivial {@link org.sitrep.eval.KeywordBaseline};
 * and geoparsing gold sets ({@link org.sitrep.eval.GeoEvaluation} over {@link
 * org.sitrep.eval.GeoGoldReader}, run by {@code sitrep eval geo FILE.xml}), scoring any {@link
 * org.sitrep.geo.Geoparser} beside {@link org.sitrep.geo.PopulationBaseline}.
 */
package org.sitrep.eval;
