package org.claimcheck.facts;

import java.util.List;
import java.util.Set;
import org.claimcheck.input.Span;

/**
 * A figure in a document with its bounds, what it counts, where, when, and who gives it.
 *
 * <p>Example: "the agency said at least 46 people had been killed in Arequipa" gives {@code Quantity(low 46,
 * high +∞, lowInclusive true, numberClass COUNT, thing "people", measure "killed", place "arequipa",
 * sourceName "the agency")}.
 * Use {@link #comparableWith(Quantity)} to ask whether two figures count the same thing, and
 * {@link #conflictsWith(Quantity)} / {@link #exceeds(Quantity)} for interval arithmetic.
 *
 * @param document id of the document
 * @param id 1-based identifier within the document, in text order
 * @param sentence index of the sentence
 * @param span the number phrase ("at least 46", "between 40 and 60", "€1.2 billion")
 * @param text the number phrase as written
 * @param low lower bound; {@code Double.NEGATIVE_INFINITY} when unbounded ("up to 500")
 * @param high upper bound; {@code Double.POSITIVE_INFINITY} when unbounded ("at least 46")
 * @param lowInclusive whether {@code low} itself is allowed ("at least" yes, "more than" no)
 * @param highInclusive whether {@code high} itself is allowed ("up to" yes, "fewer than" no)
 * @param approximate whether the figure is hedged as approximate ("around", "some", "an estimated")
 * @param vague whether it is a vague plural ("hundreds", "dozens")
 * @param unit count, percent, money, measure or duration
 * @param unitName the unit as a code or word: "percent", "EUR", "km"; empty for plain counts
 * @param numberClass what kind of number it is: an amount (count, money, percent, share, measure, duration),
 *     which rules may compare, or a label (ordinal, age, date, clock time, code, identifier, score, compound
 *     adjective), which counts nothing: its {@code thing} is empty and it is never {@link #firm()}; its
 *     bounds are the number as written ("Flight 447" is 447, "the 1990s" 1990, "between the tenth and the
 *     fifteenth" 10 to 15)
 * @param thing the class of the counted thing ("people", "soldier", "home", "budget"); empty when unknown
 * @param what the words naming the counted thing as written ("civilian deaths"); empty when implied
 * @param modifiers lower-case words qualifying the thing ("new", "civilian")
 * @param population the broad population the counted thing belongs to, the same for every thing it may be
 *     compared with: "people" for people and for the role classes of the counted-things list (residents,
 *     refugees, workers…), the class itself for the list's other classes ("soldier", "child", "home"), and
 *     for a noun the list does not know, the first in alphabetical order of the nouns WordNet links to it
 *     among the figures checked together ("car" for cars, trucks and vehicles); empty when the thing is unknown
 * @param comparableThings the things a figure for this thing counts the same as ({@code thing} included):
 *     "people" counts the same as every role class, a role class as "people" but not as another role or a
 *     subset such as "child"; a noun the list does not know counts the same as the nouns of the figures
 *     checked together that WordNet puts in its kind ("vehicle" and "car", but not "car" and "truck")
 * @param subsets the modifiers that single out a part of the population ("civilian", "rural"): all but
 *     neutral ones such as "new", "total", "reported"; two figures whose subsets share no word count
 *     different parts
 * @param measure what happened to the thing ("killed", "injured", "displaced"); empty for a plain stock
 * @param place key of the place the figure is for (see {@link Place#key()}); empty when none is named
 * @param national whether the figure is said to cover a whole country ("nationwide")
 * @param time the year the figure refers to ("2019"); empty for the article's present
 * @param day the day the figure's clause names ("sunday", "yesterday", "mar 3"): the day of the event it
 *     counts; empty when its clause names none
 * @param scope the stretch of time the figure's clause says it covers ("since 2011", "past 24 hours",
 *     "this week"); empty for the figure of one event or of the present
 * @param period "new" for increments ("120 new cases", "killed another 20"), "rate" for per-day or per-year
 *     figures, "same" when aligned with another figure's period by the text; empty otherwise
 * @param part whether the text marks the figure as part of a larger total ("X alone", "first phase")
 * @param partOf id of the quantity this is a partitive share of ("12 of whom"), or 0
 * @param update whether the figure is a superseded value, given only to show a change ("up from 55",
 *     "from 1.44 million a year earlier"); the new value ("rose to 72") is not one
 * @param projected whether it is a projection or possibility ("could be left homeless")
 * @param conditional whether it holds only under a condition ("if the river breaks its banks")
 * @param stance how the source stands toward the figure: asserted, claimed, hedged…
 * @param source id of the {@link Source} giving the figure, or 0 when the article gives it itself
 * @param sourceName the source's name, or empty
 * @param family the source's family id, or 0
 * @param selfReported whether the source gives a figure about itself ("the party said 2 million people
 *     attended its rally", "the company said it sold…"): an interested party
 * @param repeatOf id of the earlier figure this one repeats in substance (the same source family, interval,
 *     counted thing, measure, place, time and scope), or 0: a repetition is never pitted against anything,
 *     so 2,000 repeats cost what one does
 * @param event id of the {@link Event} of the document whose toll the figure gives (its clause's event), or 0 for
 *     a figure that counts no happening: not a count with a measure (a stock, a sum, a share); figures of
 *     different events never count the same thing
 */
public record Quantity(String document, int id, int sentence, Span span, String text, double low, double high,
        boolean lowInclusive, boolean highInclusive, boolean approximate, boolean vague, Unit unit, String unitName,
        NumberClass numberClass, String thing, String what, List<String> modifiers, String population, Set<String> comparableThings,
        List<String> subsets, String measure, String place, boolean national, String time,
        String day, String scope, String period, boolean part, int partOf, boolean update, boolean projected, boolean conditional, Stance stance,
        int source, String sourceName, int family, boolean selfReported, int repeatOf, int event) implements Cited {

    /**
     * Relative slack given to a single approximate figure on each side: "around 1,000" reads as 950–1,050.
     * Ranges get none: "around 11,000 to 12,000" already says how uncertain it is.
     */
    public static final double APPROXIMATION = 0.05;

    private static final String PRESENCE = "arrived";

    /**
     * Copies the collections.
     *
     * @throws IllegalArgumentException when {@code population} is empty for a known thing or set for an
     *     unknown one, when {@code comparableThings} leaves out a known thing, or when {@code subsets} holds a
     *     word that is not among the {@code modifiers}
     */
    public Quantity {
        modifiers = List.copyOf(modifiers);
        comparableThings = Set.copyOf(comparableThings);
        subsets = List.copyOf(subsets);
        if (thing.isEmpty() != population.isEmpty()) {
            throw new IllegalArgumentException("population '" + population + "' does not fit thing '" + thing
                    + "': both are empty or neither is");
        }
        if (!thing.isEmpty() && !comparableThings.contains(thing)) {
            throw new IllegalArgumentException("comparableThings " + comparableThings + " must hold thing '" + thing + "'");
        }
        if (!modifiers.containsAll(subsets)) {
            throw new IllegalArgumentException("subsets " + subsets + " must be among modifiers " + modifiers);
        }
    }

    /**
     * Returns this figure with its population and comparable things decided over a wider set of figures,
     * such as several documents checked together.
     *
     * @throws IllegalArgumentException as the constructor does
     */
    public Quantity withKind(String population, Set<String> comparableThings) {
        return new Quantity(document, id, sentence, span, text, low, high, lowInclusive, highInclusive, approximate, vague,
                unit, unitName, numberClass, thing, what, modifiers, population, comparableThings, subsets, measure, place, national,
                time, day, scope, period, part, partOf, update, projected, conditional, stance, source, sourceName, family,
                selfReported, repeatOf, event);
    }

    /** Returns this figure marked as a repetition of the earlier figure {@code earlier}. */
    public Quantity repeating(int earlier) {
        return new Quantity(document, id, sentence, span, text, low, high, lowInclusive, highInclusive, approximate, vague,
                unit, unitName, numberClass, thing, what, modifiers, population, comparableThings, subsets, measure, place, national,
                time, day, scope, period, part, partOf, update, projected, conditional, stance, source, sourceName, family,
                selfReported, earlier, event);
    }

    /**
     * Returns whether the figure may be pitted against others: an amount ({@link NumberClass#amount()}) of a
     * known thing, not an update, projection or condition, and not a repetition of an earlier figure
     * ({@code repeatOf}).
     */
    public boolean firm() {
        return numberClass.amount() && !update && !projected && !conditional && !thing.isEmpty() && repeatOf == 0;
    }

    /** Returns whether the number is an amount that rules may compare, not a label such as a year or a rank. */
    public boolean amount() {
        return numberClass.amount();
    }

    /**
     * Returns whether both figures count the same kind of thing, measured the same way, for the same year
     * and period and in the same unit. Places are not compared here: rules decide how place matters.
     */
    public boolean comparableWith(Quantity other) {
        return unit == other.unit && unitName.equals(other.unitName) && measuresMatch(other)
                && time.equals(other.time) && periodsMatch(other)
                && (alignedByText(other) || sameDayAs(other) && sameScopeAs(other))
                && sameKindAs(other) && subsetsAgree(other);
    }

    /**
     * Returns whether the figures may be of one day ({@link Days#mayBeOne}): the same day, a day named for only
     * one of them ("killed four on Sunday" and, later, "the four killed in the attack"), or a date and a
     * weekday that fits it, from a report whose publication day is unknown.
     */
    public boolean sameDayAs(Quantity other) {
        return Days.mayBeOne(day, other.day);
    }

    /**
     * Returns whether the figures may cover the same stretch of time. A figure of one day ("on Sunday") never
     * covers what a scoped figure ("since 2011", "this week") does; two scoped figures do unless both start
     * in different, explicitly written years ("since 2011", "since 2014"); the same wording is not needed
     * ("since the start of the week", "this week's floods"). A figure naming neither day nor scope may be
     * what a stretch ("this week") covers, but never a running total ({@link #cumulative}: "the war has
     * killed 200,000", "so far"): that is one event's toll.
     */
    public boolean sameScopeAs(Quantity other) {
        if (scope.isEmpty() != other.scope.isEmpty()) {
            Quantity unscoped = scope.isEmpty() ? this : other;
            // a running total ("since 2011", "the war has killed", "to date") is never one event's toll; a
            // stretch ("this week") may be what an undated figure of the article covers
            return !(scope.isEmpty() ? other : this).cumulative() && unscoped.day.isEmpty();
        }
        String mine = scope.replaceAll("\\D", "");
        String theirs = other.scope.replaceAll("\\D", "");
        return mine.isEmpty() || theirs.isEmpty() || mine.equals(theirs);
    }

    /** Returns whether the figure is a running total: its scope starts at a point ("since 2011", "since the war") or is "to date". */
    public boolean cumulative() {
        return scope.startsWith("since ") || scope.equals("to date");
    }

    /**
     * Returns whether the two figures may be for the same place: both name the same place, or one names none
     * and the other is not said to cover a whole country. A figure without a place is taken to be for the
     * place the article is about, so it matches a figure for any named place; a nationwide figure names no
     * place itself ("nationwide" gives no key), so it matches any figure as well. Requiring that neither
     * names a place loses the article-level figures that contradict a figure for the article's place.
     */
    public boolean samePlaceAs(Quantity other) {
        return place.equals(other.place) || place.isEmpty() && !other.national || other.place.isEmpty() && !national;
    }

    /** Returns whether the two intervals cannot both be right, allowing approximate figures their slack. */
    public boolean conflictsWith(Quantity other) {
        return exceeds(other) || other.exceeds(this);
    }

    /** Returns whether every value this figure allows is above every value {@code other} allows. */
    public boolean exceeds(Quantity other) {
        double mine = pointEstimate() ? low * (1 - APPROXIMATION) : low;
        double theirs = other.pointEstimate() ? other.high * (1 + APPROXIMATION) : other.high;
        if (mine == theirs) {
            return !(lowInclusive && other.highInclusive);
        }
        return mine > theirs;
    }

    /** A plain stock ("there are 10,000 troops") and a deployment or arrival ("10,000 troops deployed") count the same. */
    private boolean measuresMatch(Quantity other) {
        return measure.equals(other.measure) || measure.isEmpty() && other.measure.equals(PRESENCE)
                || other.measure.isEmpty() && measure.equals(PRESENCE);
    }

    /** A single approximate figure gets slack; a range already states its own uncertainty. */
    private boolean pointEstimate() {
        return approximate && low == high;
    }

    /** "On the same day", "over the same period": the text itself says the two figures are for one time. */
    private boolean alignedByText(Quantity other) {
        return period.equals("same") || other.period.equals("same");
    }

    private boolean periodsMatch(Quantity other) {
        return period.equals(other.period) || period.equals("same") || other.period.equals("same");
    }

    private boolean sameKindAs(Quantity other) {
        return population.equals(other.population) && comparableThings.contains(other.thing);
    }

    /** Figures about different subsets ("civilian" versus "military", "rural" versus "urban") differ. */
    private boolean subsetsAgree(Quantity other) {
        return subsets.isEmpty() || other.subsets.isEmpty() || subsets.stream().anyMatch(other.subsets::contains);
    }
}
