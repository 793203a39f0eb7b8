package org.claimcheck.engine;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.facts.Claim;
import org.claimcheck.facts.Containment;
import org.claimcheck.facts.Place;
import org.claimcheck.facts.Quantity;
import org.claimcheck.facts.Reaction;
import org.claimcheck.facts.Sentence;
import org.claimcheck.facts.Source;

/**
 * Turns Drools' compiler messages into advice: the valid fields of a fact type when a rule names one
 * that does not exist, with the closest spelling.
 */
final class RuleHints {

    private static final List<Class<? extends Record>> FACTS = List.of(Quantity.class, Claim.class, Reaction.class,
            Source.class, Place.class, Containment.class, Sentence.class);
    // "unable to resolve method using strict-mode: org.claimcheck.facts.Quantity.measur()"
    private static final Pattern UNRESOLVED = Pattern.compile("org\\.claimcheck\\.facts\\.(\\w+)\\.(\\w+)\\(\\)");

    // Drools words it three ways: in a pattern, in a declared type's field, in a consequence.
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'"
            + "|Cannot resolve type '(\\w+)|\\b(\\w+) cannot be resolved to a type");

    private RuleHints() {
    }

    /** Returns the type a message says cannot be resolved ("Unable to resolve ObjectType 'Quantity'"), if any. */
    static Optional<String> unknownType(String message) {
        Matcher unknown = UNKNOWN_TYPE.matcher(message);
        if (!unknown.find()) {
            return Optional.empty();
        }
        return Optional.of(unknown.group(1) != null ? unknown.group(1) : unknown.group(2) != null ? unknown.group(2)
                : unknown.group(3));
    }

    static String hintFor(String message) {
        Optional<String> type = unknownType(message);
        if (type.isPresent()) {
            return isFactType(type.get()) ? "missing import? add: import org.claimcheck.facts." + type.get() + ";"
                    : "missing import? " + type.get() + " is not a fact type (docs/RULES.md lists them); import it, or "
                    + "declare it in the file with 'declare " + type.get() + " ... end'";
        }
        Matcher unresolved = UNRESOLVED.matcher(message);
        if (unresolved.find()) {
            for (Class<? extends Record> fact : FACTS) {
                if (fact.getSimpleName().equals(unresolved.group(1))) {
                    return suggestion(fact, unresolved.group(2));
                }
            }
        }
        if (message.contains("Comparison operation requires compatible types")) {
            return "compare a field with a value of its own type: enums with their constants (stance == "
                    + "Stance.DENIED), numbers with numbers, strings with \"quoted\" strings (see docs/RULES.md)";
        }
        for (Class<? extends Record> fact : FACTS) {
            if (message.contains(fact.getSimpleName())) {
                return "the fields of " + fact.getSimpleName() + " are: " + String.join(", ", fields(fact))
                        + " (see docs/RULES.md)";
            }
        }
        if (message.contains("unable to resolve") || message.contains("cannot be resolved")) {
            return "check the imports at the top of the file; fact types live in org.claimcheck.facts";
        }
        return "";
    }

    private static boolean isFactType(String name) {
        try {
            Class.forName(Quantity.class.getPackageName() + "." + name, false, RuleHints.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String suggestion(Class<? extends Record> fact, String unknown) {
        List<String> fields = fields(fact);
        for (String field : fields) {
            if (distance(unknown, field) <= 2) {
                return fact.getSimpleName() + " has no field '" + unknown + "'; did you mean '" + field + "'?";
            }
        }
        return fact.getSimpleName() + " has no field '" + unknown + "'; its fields are: " + String.join(", ", fields);
    }

    private static List<String> fields(Class<? extends Record> fact) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent c : fact.getRecordComponents()) {
            fields.add(c.getName());
        }
        return fields;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
