package org.sitrep.extract;

/**
 * Words that name where something happened.
 *
 * @param name the place name as written ("Nay-rab")
 * @param begin character offset of the name into the article text
 * @param end character offset, exclusive
 * @param phraseBegin offset of the whole phrase with its preposition and qualifiers ("near
 *     Saraqib", "southwestern Aleppo"), for evidence
 * @param score how sure the finder is that these words name a place (higher is surer)
 * @param listed true when the name is one of a list ("the villages of A, B and C"): each listed
 *     place is an event of its own
 * @param qualifier "near", "southwestern", "outskirts" ... when the event is only near the place,
 *     "north zone" for the named part of a city ("the North Zone of Rio de Janeiro"), else null
 */
public record PlaceMention(String name, int begin, int end, int phraseBegin, int score, boolean listed, String qualifier) {}
