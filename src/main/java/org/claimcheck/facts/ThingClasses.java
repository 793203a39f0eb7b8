package org.claimcheck.facts;

import java.util.List;
import java.util.Set;
import org.claimcheck.extract.lexicon.WordNetLexicon;
import org.claimcheck.extract.quantity.CountedThings;

/**
 * Decides whether two counted-thing classes name the same population: equal classes do, the generic
 * "people" matches the role classes the counted-things word list names, and two nouns the list does not
 * know are asked of WordNet ("vehicles" and "cars" are one kind; "tanks" and "trucks" are not).
 */
final class ThingClasses {

    private static final String GENERIC = "people";
    private static final Set<String> ROLES = CountedThings.roles();
    private static final Set<String> NEUTRAL_MODIFIERS = Set.of("new", "more", "other", "additional", "further", "total",
            "estimated", "confirmed", "reported", "registered", "recorded", "cast", "local", "some");

    private ThingClasses() {
    }

    static boolean compatible(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b) || a.equals(GENERIC) && ROLES.contains(b) || b.equals(GENERIC) && ROLES.contains(a)) {
            return true;
        }
        // The word list is curated for news populations; WordNet only speaks for nouns it does not cover.
        return !CountedThings.isListedClass(a) && !CountedThings.isListedClass(b)
                && WordNetLexicon.standard().sameKind(a, b);
    }

    /** Capitalized-origin qualifiers (nationalities, sides) must agree when both figures carry one. */
    static boolean modifiersAgree(List<String> a, List<String> b) {
        List<String> sideA = a.stream().filter(m -> !NEUTRAL_MODIFIERS.contains(m)).toList();
        List<String> sideB = b.stream().filter(m -> !NEUTRAL_MODIFIERS.contains(m)).toList();
        return sideA.isEmpty() || sideB.isEmpty() || sideA.stream().anyMatch(sideB::contains);
    }
}
