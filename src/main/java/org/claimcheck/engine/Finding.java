package org.claimcheck.engine;

import java.util.List;
import org.claimcheck.facts.Severity;

/**
 * A contradiction, or a fact worth a reader's attention, that a rule found.
 *
 * @param kind lower-case, hyphenated name of what was found: {@code numeric-conflict},
 *     {@code part-exceeds-whole}, {@code disputed-claim}… (rule packs may add kinds)
 * @param severity how much it matters
 * @param rule the name of the rule that found it
 * @param ruleFile the file the rule is in (filled in by the engine after the rules have run)
 * @param message a sentence a person can read
 * @param evidence the text it rests on, in the order the rule gave it
 */
public record Finding(String kind, Severity severity, String rule, String ruleFile, String message,
        List<Evidence> evidence) {

    /** Copies the evidence list. */
    public Finding {
        evidence = List.copyOf(evidence);
    }
}
