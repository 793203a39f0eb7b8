package org.claimcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs a {@link RuleSet} over one document's facts in fresh working memory and returns the findings.
 *
 * <p>Thread-safe: each call opens and disposes its own session. A rule that throws, or that keeps
 * re-activating itself past {@link #MAX_FIRINGS}, fails this document with a
 * {@link RuleExecutionException} naming the rule.
 */
public final class RuleEngine {

    /** How many rule firings one document may take before the engine calls it a runaway. */
    public static final int MAX_FIRINGS = 10_000;

    private final RuleSet rules;
    private final Map<String, String> fileOfRule = new HashMap<>();

    /** Creates an engine over compiled rules. */
    public RuleEngine(RuleSet rules) {
        this.rules = rules;
        for (RuleInfo info : rules.rules()) {
            fileOfRule.put(info.name(), info.file() + ":" + info.line());
        }
    }

    /**
     * Returns the findings of the rules on one document's facts, sorted by the first evidence offset.
     *
     * @throws RuleExecutionException when a rule throws or runs away
     */
    public List<Finding> run(DocumentFacts facts) {
        return run(List.of(facts), facts.document());
    }

    /**
     * Returns the findings of the rules on several documents' facts in one working memory, so that rules
     * can compare documents; each document is placed at its position in the list.
     *
     * @param label names the batch in errors
     * @throws RuleExecutionException when a rule throws or runs away
     */
    public List<Finding> run(List<DocumentFacts> batch, String label) {
        KieSession session = rules.base().newKieSession();
        Map<String, Integer> firings = new HashMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        // Documents were assembled one by one; what their figures count is decided again over all of them.
        List<DocumentFacts> related = batch.size() > 1 ? ThingKinds.across(batch) : batch;
        try {
            for (int i = 0; i < related.size(); i++) {
                for (Object fact : related.get(i).inBatchAt(i).all()) {
                    session.insert(fact);
                }
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                String rule = firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
                throw new RuleExecutionException(label, rule, "fired " + firings.get(rule)
                        + " times and was stopped at the limit of " + MAX_FIRINGS + " firings per document",
                        "the rule probably re-activates itself: rules must not modify facts; insert a new fact instead", null);
            }
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Finding)) {
                Finding f = (Finding) o;
                findings.add(new Finding(f.kind(), f.severity(), f.rule(), fileOfRule.getOrDefault(f.rule(), ""),
                        f.message(), f.evidence()));
            }
            findings.sort(Comparator.comparingInt((Finding f) -> f.evidence().isEmpty() ? 0 : f.evidence().get(0).span().start())
                    .thenComparing(Finding::rule).thenComparing(Finding::message));
            return findings;
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleExecutionException(label, e.getMatch().getRule().getName(),
                    "threw " + cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                    "fix the rule's consequence; the other documents were still checked", cause);
        } finally {
            session.dispose();
        }
    }
}
