package org.claimcheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.claimcheck.facts.Cited;
import org.claimcheck.facts.Severity;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one way a rule reports a finding. In DRL:
 *
 * <pre>
 * import function org.claimcheck.engine.Findings.emit;
 *
 * rule "Two sources give incompatible counts"
 *     &#64;kind("numeric-conflict") &#64;severity("warning")
 *     &#64;description("The same thing counted in the same place with values that cannot both be right")
 * when
 *     ...
 * then
 *     emit(drools, $a.sourceName() + " says " + $a.text() + "; ...", $a, $b);
 * end
 * </pre>
 *
 * <p>Kind and severity come from the rule's {@code @kind} and {@code @severity} metadata, so that
 * {@code rules list} can show them without running anything.
 */
public final class Findings {

    private Findings() {
    }

    /**
     * Records a finding for the rule that is firing.
     *
     * @param drools the rule context DRL passes as {@code drools}
     * @param message what was found, in a sentence
     * @param evidence the facts the finding rests on: quoting facts ({@link Cited}), or collections of them
     *     (as DRL's {@code collectList} gives), in the order they should be shown
     * @throws IllegalStateException when the rule lacks {@code @kind} or {@code @severity}
     * @throws IllegalArgumentException when an evidence item quotes nothing
     */
    public static void emit(RuleContext drools, String message, Object... evidence) {
        Rule rule = drools.getRule();
        Map<String, Object> meta = rule.getMetaData();
        List<Evidence> items = new ArrayList<>();
        for (Object item : evidence) {
            if (item instanceof Collection<?> many) {
                many.forEach(one -> items.add(Evidence.of(cited(one, rule))));
            } else {
                items.add(Evidence.of(cited(item, rule)));
            }
        }
        drools.insertLogical(new Finding(metadata(meta, "kind", rule), Severity.parse(metadata(meta, "severity", rule)),
                rule.getName(), "", message, items));
    }

    private static Cited cited(Object item, Rule rule) {
        if (item instanceof Cited fact) {
            return fact;
        }
        throw new IllegalArgumentException("rule \"" + rule.getName() + "\" gave " + (item == null ? "null"
                : item.getClass().getSimpleName()) + " as evidence; evidence must be a fact that quotes the text "
                + "(Quantity, Claim, Place) or a list of them");
    }

    static String metadata(Map<String, Object> meta, String key, Rule rule) {
        Object value = meta.get(key);
        if (value == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key + "(...) metadata");
        }
        String text = value.toString().strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
