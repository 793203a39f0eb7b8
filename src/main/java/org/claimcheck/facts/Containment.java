package org.claimcheck.facts;

/**
 * One place lies inside another.
 *
 * <p>Example: "Sindh province" and "Pakistan" in one article give {@code Containment(outer "pakistan",
 * inner "sindh", basis "gazetteer")}; "Tarsa, a town in Kolvi province" gives basis "text".
 *
 * @param document id of the document
 * @param outer key of the containing place
 * @param inner key of the contained place
 * @param basis "gazetteer" when known from geographic data, "text" when the article says so
 */
public record Containment(String document, String outer, String inner, String basis) {
}
