package org.claimcheck.extract.quantity;

import java.util.List;
import org.claimcheck.input.Span;

/**
 * A number phrase read together with what it counts and in which context.
 *
 * @param index 0-based position among the document's quantities
 * @param sentence index of the sentence
 * @param number the number phrase with its bounds
 * @param thingSpan the words naming the counted thing ("civilian deaths", "Kenyan nurses"); empty
 *     when the thing is only implied
 * @param thing the class of the counted thing ("people", "soldier", "home", "budget"); empty when unknown
 * @param modifiers lower-case words qualifying the thing ("new", "civilian", "rural")
 * @param measure what happened to the thing ("killed", "injured", "displaced", "attended"); empty when
 *     the figure is a plain stock ("there are 500 beds")
 * @param clause the part of the sentence the figure belongs to: the reported content holding it, else the
 *     whole sentence
 * @param time the year the figure refers to ("2019"), or empty for the article's present
 * @param period "new" for increments, "rate" for per-day or per-year figures, "same" when the text says
 *     the period matches another figure's; empty otherwise
 * @param part whether the text marks the figure as a part of a larger total ("X alone", "in the first
 *     phase")
 * @param partOf index of the quantity this one is a partitive share of ("12 of whom"), or -1
 * @param update whether the figure is a superseded value, given only to show a change ("up from 55",
 *     "from 1.44 million a year earlier"); the new value ("rose to 72") is not one
 * @param projected whether the figure is a projection or possibility ("could be left homeless")
 * @param conditional whether the figure holds only under a stated condition ("if the dam breaks")
 */
public record QuantityMention(int index, int sentence, NumberPhrase number, Span thingSpan, String thing,
        List<String> modifiers, String measure, Span clause, String time, String period, boolean part, int partOf,
        boolean update, boolean projected, boolean conditional) {

    /** Copies the modifier list. */
    public QuantityMention {
        modifiers = List.copyOf(modifiers);
    }
}
