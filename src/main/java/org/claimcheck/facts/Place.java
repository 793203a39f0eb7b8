package org.claimcheck.facts;

import org.claimcheck.input.Span;

/**
 * A place named in a document.
 *
 * <p>Example: "in southern Bihar state" gives {@code Place(key "bihar", code "inbr")}.
 *
 * @param document id of the document
 * @param key the name reduced for comparison (lower case, no accents, no type word): quantities refer to
 *     places by this key
 * @param code the gazetteer code (upper-case country such as "IN", lower-case subdivision such as "inbr"),
 *     or empty when the place is not in the gazetteer
 * @param sentence index of the sentence of the first mention
 * @param span the first mention as written
 * @param text the first mention's text
 */
public record Place(String document, String key, String code, int sentence, Span span, String text) implements Cited {

    @Override
    public String sourceName() {
        return "";
    }
}
