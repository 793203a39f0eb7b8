package org.claimcheck.extract.place;

import org.claimcheck.input.Span;

/**
 * A place named in the text.
 *
 * @param index 0-based position among the document's place mentions
 * @param sentence index of the sentence
 * @param span the place name as written, with its type word ("Bihar state", "the city of Leeds")
 * @param key the name reduced for comparison: lower case, without articles and type words ("bihar")
 * @param code the gazetteer code when the place is known ("IN", "inbr"), else empty
 * @param containerKey the key of a place the text itself says contains this one ("the X region of Y",
 *     "X, a town in Y"), else empty
 * @param national whether the mention stands for a whole country without naming it ("nationwide",
 *     "across the country")
 * @param origin whether the place is where something came from ("fled from X into Y"), not where it is
 * @param located whether the text puts what it tells at the place: a preposition of place before it ("in X",
 *     "near X", "east of X") or a type word with "of" ("the village of X"); not a bare name ("X's war", "X
 *     said"), an origin, or a mention standing for the whole country or world
 */
public record PlaceMention(int index, int sentence, Span span, String key, String code, String containerKey,
        boolean national, boolean origin, boolean located) {
}
