package org.claimcheck.engine;

import java.util.List;
import org.kie.api.KieBase;

/**
 * Compiled rules, ready to check any number of documents from any number of threads.
 *
 * <p>Immutable once built: the Drools knowledge base is shared, and every check opens its own session.
 * Build one with {@link RuleCompiler#compile(List)}.
 */
public final class RuleSet {

    private final KieBase base;
    private final List<RuleInfo> rules;

    RuleSet(KieBase base, List<RuleInfo> rules) {
        this.base = base;
        this.rules = List.copyOf(rules);
    }

    /** Returns every rule, in file order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    KieBase base() {
        return base;
    }
}
