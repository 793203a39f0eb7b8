package org.claimcheck.extract.event;

import java.util.List;

/**
 * One event an article narrates (an attack, a crash, a flood), as {@link EventSegmenter} found it.
 *
 * @param index 0-based position among the document's events, in order of first narration
 * @param sentence index of the sentence where its narration starts
 * @param kinds its kinds, groups of {@code event/event-words.txt} ("air-strike", "blast"), in order of
 *     mention; several when it is told with words of several ("a warplane crashed"), none when no clause says
 * @param day the day it happened: an ISO date when the publication day resolves it ("2016-10-26"), else as
 *     written ("wednesday"); empty when no clause of it names one
 * @param places keys of the places its clauses say it happened in, the most specific first
 * @param country the country code most of those places are in, a place the gazetteer does not know counting
 *     for the article's main country; empty when none is known
 * @param quantities indexes of the quantity mentions in its clauses that count what happened: counts with a
 *     measure ("killed", "injured", "displaced"); stocks, sums and shares belong to no event
 */
public record NarratedEvent(int index, int sentence, List<String> kinds, String day, List<String> places,
        String country, List<Integer> quantities) {

    /** Copies the lists. */
    public NarratedEvent {
        places = List.copyOf(places);
        kinds = List.copyOf(kinds);
        quantities = List.copyOf(quantities);
    }
}
