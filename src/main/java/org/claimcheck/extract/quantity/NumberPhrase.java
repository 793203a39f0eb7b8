package org.claimcheck.extract.quantity;

import java.util.Objects;
import org.claimcheck.facts.NumberClass;
import org.claimcheck.facts.Unit;
import org.claimcheck.input.Span;

/**
 * One number phrase found in a text, with the interval of values it allows.
 *
 * <p>"at least 46" is {@code [87, +inf)}, "fewer than 100" is {@code (-inf, 100)}, "between 40 and 60"
 * is {@code [40, 60]} and a plain "500" is {@code [500, 500]}. Unbounded ends use the infinities, so
 * interval arithmetic needs no special cases. A number that is not an amount (a year, an age, a rank, a
 * flight number) is a phrase too, with its {@code numberClass}; its bounds are the number as written (the
 * first number of a chain such as "020-555-0143" or "3-1"), a label rather than an amount.
 *
 * @param span the whole phrase in the text: qualifier, currency symbol, number, scale word, unit, range and
 *     partitive ("of whom") included
 * @param low the smallest value allowed, {@link Double#NEGATIVE_INFINITY} when unbounded below
 * @param high the largest value allowed, {@link Double#POSITIVE_INFINITY} when unbounded above
 * @param lowInclusive whether {@code low} itself is allowed ("at least 5" yes, "more than 5" no)
 * @param highInclusive whether {@code high} itself is allowed ("up to 5" yes, "fewer than 5" no)
 * @param approximate whether the text hedges the figure ("around", "some", "an estimated", vague plurals)
 * @param vague whether no number is written at all ("hundreds", "dozens", "a few hundred")
 * @param partitive whether the figure is a part of a group named before it ("12 of whom", "eight of them")
 * @param unit what the figure measures
 * @param unitName the unit as written or its code ("percent", "EUR", "km", "hours"); empty for plain counts
 * @param numberClass what kind of number it is: an amount (count, money, percentage, share, measure,
 *     duration) or a label (ordinal, age, date, clock time, code, identifier, score, compound adjective)
 */
public record NumberPhrase(
        Span span,
        double low,
        double high,
        boolean lowInclusive,
        boolean highInclusive,
        boolean approximate,
        boolean vague,
        boolean partitive,
        Unit unit,
        String unitName,
        NumberClass numberClass) {

    /**
     * Validates the phrase.
     *
     * @throws NullPointerException when {@code span}, {@code unit}, {@code unitName} or {@code numberClass} is null
     * @throws IllegalArgumentException when a bound is NaN or {@code low} exceeds {@code high}
     */
    public NumberPhrase {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(numberClass, "numberClass");
        if (Double.isNaN(low)) {
            throw new IllegalArgumentException("low must be a number, was " + low);
        }
        if (Double.isNaN(high)) {
            throw new IllegalArgumentException("high must be a number, was " + high);
        }
        if (low > high) {
            throw new IllegalArgumentException("low must be <= high (" + high + "), was " + low);
        }
    }

    /** Returns whether the phrase is an amount that rules may compare, not a label such as a year or a rank. */
    public boolean amount() {
        return numberClass.amount();
    }
}
