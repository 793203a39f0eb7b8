package org.claimcheck.facts;

import java.util.Objects;

/**
 * Two firm figures that count the same thing, measured the same way, for the same place and time: the
 * pairs that contradiction rules compare. Not extracted from the text but derived, once, by the helper
 * rules of {@code rules/same-count.drl}, from figures that are firm, not marked as a part and not a
 * partitive share of one another, and {@linkplain Quantity#comparableWith comparable} for the
 * {@linkplain Quantity#samePlaceAs same place}. Each pair is derived both ways round, {@code (a, b)} and
 * {@code (b, a)}: a rule that reports a pair once breaks the symmetry itself ({@code second.id > first.id}
 * within a document, the documents' {@code order} across reports).
 *
 * <p>Example: "the agency said at least 40 people were killed; the governor said 31 people died" gives
 * {@code SameCount(first "at least 40", second "31")} and {@code SameCount(first "31", second "at least 40")};
 * "40 killed" and "12 injured" give none (different measures).
 *
 * @param first one figure of the count
 * @param second another figure of the same count, never {@code first} itself
 */
public record SameCount(Quantity first, Quantity second) {

    /**
     * Checks the pair.
     *
     * @throws NullPointerException naming the missing figure
     * @throws IllegalArgumentException when both are the same figure
     */
    public SameCount {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException("second is the same figure as first: " + first.document() + " #" + first.id());
        }
    }

    /** Returns whether both figures are in one document (otherwise they come from reports checked together). */
    public boolean inOneDocument() {
        return first.document().equals(second.document());
    }
}
