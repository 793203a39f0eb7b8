package org.claimcheck.facts;

import java.util.List;

/**
 * One event a document narrates: the attack, crash or flood its figures count. Every toll belongs to one
 * ({@link Quantity#event()}); figures of different events of one document never count the same thing.
 *
 * <p>Example: "A landslide buried a hamlet above Tarvo on Monday, killing nine people … Meanwhile floods in the
 * lowlands have driven 3,000 from their homes" gives {@code Event(id 1, kinds [landslide], day "2021-03-08",
 * places [tarvo])} and {@code Event(id 2, kinds [flood])}.
 *
 * @param document id of the document
 * @param id 1-based identifier within the document, in order of first narration
 * @param sentence index of the sentence where its narration starts
 * @param kinds what happened, groups of {@code event/event-words.txt}: "air-strike", "blast", "shelling",
 *     "fighting", "execution", "siege", "chemical-attack", "crash", "fire", "flood", "landslide",
 *     "earthquake", "storm", "collapse", "epidemic"; several when it is told with words of several ("a
 *     warplane crashed": air-strike and crash), none when no clause of it says
 * @param day the day it happened (see {@link Days}): an ISO date when the publication day resolves it
 *     ("2021-03-08"), else as written ("monday"); empty when no clause of it names a day
 * @param places keys of the places it is said to happen in (see {@link Place#key()}), the most specific first;
 *     empty when none is named
 * @param country the code of the country most of its places are in ("SY"), a place the gazetteer does not
 *     know counting for the document's main country; empty when none is known
 */
public record Event(String document, int id, int sentence, List<String> kinds, String day, List<String> places,
        String country) {

    /** Copies the lists. */
    public Event {
        kinds = List.copyOf(kinds);
        places = List.copyOf(places);
    }

    /**
     * Returns whether two events, usually of different reports, may be one: their kinds share one when both
     * are known, their days may be one ({@link Days#mayBeOne}), and their countries are one when both are
     * known. Places below the country are left to the figures ({@link Quantity#samePlaceAs}), because reports
     * name the villages and districts of one event differently.
     */
    public boolean mayBe(Event other) {
        return (kinds.isEmpty() || other.kinds.isEmpty() || kinds.stream().anyMatch(other.kinds::contains))
                && Days.mayBeOne(day, other.day)
                && (country.isEmpty() || other.country.isEmpty() || country.equals(other.country));
    }
}
