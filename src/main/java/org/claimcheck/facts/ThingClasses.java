package org.claimcheck.facts;

import java.util.List;
import java.util.Set;

/**
 * Decides whether two counted-thing classes name the same population: equal classes do, and the generic
 * "people" matches the role classes the counted-things word list names.
 */
final class ThingClasses {

    private static final String GENERIC = "people";
    private static final Set<String> ROLES = org.claimcheck.extract.CountedThings.roles();
    private static final Set<String> NEUTRAL_MODIFIERS = Set.of("new", "more", "other", "additional", "further", "total",
            "estimated", "confirmed", "reported", "registered", "recorded", "cast", "local", "some");

    private ThingClasses() {
    }

    static boolean compatible(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || a.equals(GENERIC) && ROLES.contains(b) || b.equals(GENERIC) && ROLES.contains(a);
    }

    /** Capitalized-origin qualifiers (nationalities, sides) must agree when both figures carry one. */
    static boolean modifiersAgree(List<String> a, List<String> b) {
        List<String> sideA = a.stream().filter(m -> !NEUTRAL_MODIFIERS.contains(m)).toList();
        List<String> sideB = b.stream().filter(m -> !NEUTRAL_MODIFIERS.contains(m)).toList();
        return sideA.isEmpty() || sideB.isEmpty() || sideA.stream().anyMatch(sideB::contains);
    }
}
