package org.claimcheck.engine;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private RuleHints() {
    }

    static String hintFor(String message) {
        for (Class<? extends Record> fact : FACTS) {
            if (!message.contains(fact.getSimpleName())) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (RecordComponent c : fact.getRecordComponents()) {
                fields.add(c.getName());
            }
            Matcher m = IDENTIFIER.matcher(message);
            while (m.find()) {
                String word = m.group();
                if (fields.contains(word)) {
                    continue;
                }
                for (String field : fields) {
                    if (distance(word, field) <= 2 && word.length() > 2) {
                        return fact.getSimpleName() + " has no field '" + word + "'; did you mean '" + field + "'?";
                    }
                }
            }
            return "the fields of " + fact.getSimpleName() + " are: " + String.join(", ", fields)
                    + " (see docs/RULES.md)";
        }
        if (message.contains("unable to resolve") || message.contains("cannot be resolved")) {
            return "check the imports at the top of the file; fact types live in org.claimcheck.facts";
        }
        return "";
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
