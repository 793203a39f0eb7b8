package org.claimcheck.facts;

/**
 * One place lies inside another.
 *
 * <p>Example: "Bihar state" and "India" in one article give {@code Containment(outer "india",
 * inner "bihar", basis "gazetteer")}; "Lerna, a town in Argolis" gives basis "text".
 *
 * @param document id of the document
 * @param outer key of the containing place
 * @param inner key of the contained place
 * @param basis "gazetteer" when known from geographic data, "text" when the article says so
 */
public record Containment(String document, String outer, String inner, String basis) {
}
