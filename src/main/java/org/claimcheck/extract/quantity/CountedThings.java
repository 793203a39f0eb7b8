package org.claimcheck.extract.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.lexicon.WordList;

/**
 * The classes of counted things from {@code counted-things.txt}: which nouns name the same kind of thing,
 * and which classes the generic "people" stands for.
 */
public final class CountedThings {

    private static final Map<String, String> CLASS_OF;
    private static final Set<String> ROLES;

    static {
        Map<String, String> classes = new HashMap<>();
        Set<String> roles = new HashSet<>();
        for (String line : WordList.load("quantity/counted-things.txt")) {
            int colon = line.indexOf(':');
            String group = line.substring(0, colon).strip();
            for (String word : line.substring(colon + 1).split(",")) {
                String w = word.strip().toLowerCase(Locale.ROOT);
                if (w.isEmpty()) {
                    continue;
                }
                if (group.equals("roles")) {
                    roles.add(w);
                } else {
                    classes.put(w, group);
                }
            }
        }
        CLASS_OF = Map.copyOf(classes);
        ROLES = Set.copyOf(roles);
    }

    private CountedThings() {
    }

    /** Returns the class of a lower-case noun, when the word list knows it. */
    public static Optional<String> classOf(String noun) {
        return Optional.ofNullable(CLASS_OF.get(noun));
    }

    /** Returns whether {@code name} is one of the word list's classes rather than a bare noun. */
    public static boolean isListedClass(String name) {
        return CLASS_OF.containsValue(name);
    }

    /** Returns the classes compatible with the generic class "people". */
    public static Set<String> roles() {
        return ROLES;
    }
}
