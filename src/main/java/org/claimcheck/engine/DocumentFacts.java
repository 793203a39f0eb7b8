package org.claimcheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.facts.Claim;
import org.claimcheck.facts.Containment;
import org.claimcheck.facts.Document;
import org.claimcheck.facts.Event;
import org.claimcheck.facts.Place;
import org.claimcheck.facts.Quantity;
import org.claimcheck.facts.Reaction;
import org.claimcheck.facts.Sentence;
import org.claimcheck.facts.Source;

/**
 * Every fact extracted from one document, by type: what {@code claimcheck facts} prints and what the
 * engine inserts.
 *
 * @param document id of the document
 * @param about the document itself: outlet, publication time, position in a batch
 * @param sentences its sentences
 * @param quantities its figures: the numbers that are amounts ({@link Quantity#amount()}), which rules compare
 * @param numbers its other numbers, each a {@link Quantity} whose {@code numberClass} says what it is: ranks,
 *     ages, dates and years, clock times, codes, identifiers, scores, numbers in compound adjectives
 * @param sources its speaking parties
 * @param claims its attributions
 * @param reactions links from denials and doubts to the claims they answer
 * @param places the places it names
 * @param containments which of those places lie inside which
 * @param events the events it narrates, which its figures belong to
 */
public record DocumentFacts(String document, Document about, List<Sentence> sentences, List<Quantity> quantities,
        List<Quantity> numbers, List<Source> sources, List<Claim> claims, List<Reaction> reactions, List<Place> places,
        List<Containment> containments, List<Event> events) {

    /** Copies the lists. */
    public DocumentFacts {
        sentences = List.copyOf(sentences);
        quantities = List.copyOf(quantities);
        numbers = List.copyOf(numbers);
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
        reactions = List.copyOf(reactions);
        places = List.copyOf(places);
        containments = List.copyOf(containments);
        events = List.copyOf(events);
    }

    /** Returns the same facts, placed at position {@code order} of a batch checked together. */
    public DocumentFacts inBatchAt(int order) {
        return new DocumentFacts(document, new Document(about.id(), about.outlet(), about.published(), about.title(),
                order), sentences, quantities, numbers, sources, claims, reactions, places, containments, events);
    }

    /** Returns the same facts with {@code replaced} as the figures. */
    DocumentFacts withQuantities(List<Quantity> replaced) {
        return new DocumentFacts(document, about, sentences, replaced, numbers, sources, claims, reactions, places,
                containments, events);
    }

    /** Returns all facts in one list, in a stable order. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.add(about);
        all.addAll(sentences);
        all.addAll(quantities);
        all.addAll(numbers);
        all.addAll(sources);
        all.addAll(claims);
        all.addAll(reactions);
        all.addAll(places);
        all.addAll(containments);
        all.addAll(events);
        return all;
    }
}
