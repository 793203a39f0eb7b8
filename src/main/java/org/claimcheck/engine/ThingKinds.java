package org.claimcheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.extract.lexicon.WordNetLexicon;
import org.claimcheck.extract.quantity.CountedThings;
import org.claimcheck.facts.Quantity;

/**
 * Decides, before the rules run, which counted things name the same population, so that the facts carry
 * the answer and rules only compare fields ({@link Quantity#population()}, {@link Quantity#comparableThings()},
 * {@link Quantity#subsets()}).
 *
 * <p>Equal classes count the same thing; the generic "people" counts the same as each role class of the
 * counted-things word list (residents, refugees, workers…) but not as a subset such as children; two nouns
 * the list does not know count the same when WordNet says they are one kind ("vehicle" and "car", not
 * "car" and "truck"). WordNet is asked only about the nouns of the figures being checked together, so the
 * answer for those nouns depends on the batch: {@link #across(List)} recomputes it for documents checked
 * together. Costs one WordNet comparison per pair of distinct unlisted nouns.
 */
final class ThingKinds {

    private static final String GENERIC = "people";
    private static final Set<String> ROLES = CountedThings.roles();
    // Qualifiers that do not single out a subset: "new cases" and "confirmed cases" count the same cases.
    private static final Set<String> NEUTRAL_MODIFIERS = Set.of("new", "more", "other", "additional", "further",
            "total", "estimated", "confirmed", "reported", "registered", "recorded", "cast", "local", "some");

    /** What a thing is comparable with: the population to join on, and the things it counts the same as. */
    record Kind(String population, Set<String> comparableThings) {

        /** The kind of an unknown thing: comparable with nothing. */
        static final Kind UNKNOWN = new Kind("", Set.of());

        Kind {
            comparableThings = Set.copyOf(comparableThings);
        }
    }

    private final Map<String, Kind> kinds;

    private ThingKinds(Map<String, Kind> kinds) {
        this.kinds = kinds;
    }

    /** Returns the kinds of the given things (counted-thing classes or nouns; empty for unknown). */
    static ThingKinds of(Collection<String> things) {
        Map<String, Kind> kinds = new HashMap<>();
        Set<String> unlisted = new TreeSet<>();
        for (String thing : things) {
            if (thing.isEmpty()) {
                continue;
            }
            if (thing.equals(GENERIC)) {
                Set<String> all = new LinkedHashSet<>(ROLES);
                all.add(GENERIC);
                kinds.put(thing, new Kind(GENERIC, all));
            } else if (ROLES.contains(thing)) {
                kinds.put(thing, new Kind(GENERIC, Set.of(thing, GENERIC)));
            } else if (CountedThings.isListedClass(thing)) {
                kinds.put(thing, new Kind(thing, Set.of(thing)));
            } else {
                unlisted.add(thing);
            }
        }
        kinds.putAll(unlistedKinds(List.copyOf(unlisted)));
        return new ThingKinds(kinds);
    }

    /** Returns the kind of {@code thing}, which must be one this was made from or empty. */
    Kind of(String thing) {
        return kinds.getOrDefault(thing, Kind.UNKNOWN);
    }

    /** Returns the modifiers that single out a subset of the thing: all but the neutral ones. */
    static List<String> subsets(List<String> modifiers) {
        return modifiers.stream().filter(m -> !NEUTRAL_MODIFIERS.contains(m)).toList();
    }

    /**
     * Returns the documents with the kinds of their figures decided over the whole batch, so that a
     * noun of one report meets a noun of the same kind in another.
     */
    static List<DocumentFacts> across(List<DocumentFacts> batch) {
        ThingKinds kinds = of(batch.stream().flatMap(d -> d.quantities().stream()).map(Quantity::thing).toList());
        List<DocumentFacts> related = new ArrayList<>();
        for (DocumentFacts facts : batch) {
            related.add(facts.withQuantities(facts.quantities().stream().map(q -> {
                Kind kind = kinds.of(q.thing());
                return q.withKind(kind.population(), kind.comparableThings());
            }).toList()));
        }
        return related;
    }

    /**
     * Nouns the word list does not know: each is comparable with the nouns WordNet puts in its kind, and
     * every noun linked to it, however indirectly, shares one population, named by the first in
     * alphabetical order, so that joining on the population never separates two comparable nouns.
     */
    private static Map<String, Kind> unlistedKinds(List<String> nouns) {
        WordNetLexicon wordNet = WordNetLexicon.standard();
        Map<String, Set<String>> comparable = new HashMap<>();
        for (String noun : nouns) {
            comparable.computeIfAbsent(noun, n -> new TreeSet<>()).add(noun);
        }
        for (int i = 0; i < nouns.size(); i++) {
            for (int j = i + 1; j < nouns.size(); j++) {
                if (wordNet.sameKind(nouns.get(i), nouns.get(j))) {
                    comparable.get(nouns.get(i)).add(nouns.get(j));
                    comparable.get(nouns.get(j)).add(nouns.get(i));
                }
            }
        }
        Map<String, Kind> kinds = new HashMap<>();
        for (String noun : nouns) {
            if (kinds.containsKey(noun)) {
                continue;
            }
            // Nouns arrive in alphabetical order, so the first of a connected group names its population.
            Set<String> group = new TreeSet<>();
            List<String> pending = new ArrayList<>(List.of(noun));
            while (!pending.isEmpty()) {
                String next = pending.remove(pending.size() - 1);
                if (group.add(next)) {
                    pending.addAll(comparable.get(next));
                }
            }
            for (String member : group) {
                kinds.put(member, new Kind(noun, comparable.get(member)));
            }
        }
        return kinds;
    }
}
