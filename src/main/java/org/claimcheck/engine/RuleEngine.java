package org.claimcheck.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs a {@link RuleSet} over one document's facts in fresh working memory and returns the findings.
 *
 * <p>Thread-safe: each call opens and disposes its own session. A rule that throws, that keeps
 * re-activating itself past the firing limit ({@link #MAX_FIRINGS} plus {@link #FIRINGS_PER_PAIR} per pair
 * of figures), or a session that runs past the time limit, fails this
 * document with a {@link RuleExecutionException} naming the rule. At the limit a watchdog halts the
 * session and interrupts the thread running it, which ends a rule that waits or sleeps; a consequence
 * that spins without ever returning cannot be stopped inside the JVM.
 */
public final class RuleEngine {

    /**
     * How many rule firings one document may take before the engine calls it a runaway, besides
     * {@link #FIRINGS_PER_PAIR} for every pair of figures: rules that compare figures pairwise fire in
     * proportion to the pairs, a runaway rule without bound.
     */
    public static final int MAX_FIRINGS = 10_000;

    /** Firings allowed per pair of figures: two derived "same count" facts and the findings on the pair. */
    public static final int FIRINGS_PER_PAIR = 4;

    /** The wall time one document's rules may take by default: far beyond what a real article needs. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "claimcheck-rule-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final RuleSet rules;
    private final Duration timeLimit;
    private final Map<String, String> fileOfRule = new HashMap<>();

    /** Creates an engine over compiled rules with the {@link #DEFAULT_TIME_LIMIT}. */
    public RuleEngine(RuleSet rules) {
        this(rules, DEFAULT_TIME_LIMIT);
    }

    /**
     * Creates an engine over compiled rules whose sessions may run for at most {@code timeLimit} each.
     *
     * @throws IllegalArgumentException when the limit is not positive
     */
    public RuleEngine(RuleSet rules, Duration timeLimit) {
        if (timeLimit.isZero() || timeLimit.isNegative()) {
            throw new IllegalArgumentException("the rule time limit must be positive, was " + timeLimit);
        }
        this.rules = rules;
        this.timeLimit = timeLimit;
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
            long figures = 0;
            for (int i = 0; i < related.size(); i++) {
                for (Object fact : related.get(i).inBatchAt(i).all()) {
                    session.insert(fact);
                }
                figures += related.get(i).quantities().size();
            }
            int limit = (int) Math.min(Integer.MAX_VALUE, MAX_FIRINGS + FIRINGS_PER_PAIR * figures * figures);
            Thread runner = Thread.currentThread();
            AtomicBoolean overtime = new AtomicBoolean();
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                overtime.set(true);
                session.halt();
                runner.interrupt();
            }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            int fired;
            try {
                fired = session.fireAllRules(limit);
            } finally {
                watchdog.cancel(false);
                if (overtime.get()) {
                    Thread.interrupted();
                }
            }
            if (overtime.get()) {
                String rule = firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                        .orElse("(none had finished firing)");
                throw new RuleExecutionException(label, rule, "ran past the time limit of " + timeLimit.toMillis()
                        + " ms per document and was stopped", "a rule must not wait, sleep or loop; raise the limit "
                        + "with --rule-time-limit if the document is simply very large", null);
            }
            if (fired >= limit) {
                String rule = firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
                throw new RuleExecutionException(label, rule, "fired " + firings.get(rule)
                        + " times and was stopped at the limit of " + limit + " firings for this document ("
                        + MAX_FIRINGS + " plus " + FIRINGS_PER_PAIR + " per pair of its " + figures + " figures)",
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
            if (cause instanceof InterruptedException) {
                throw new RuleExecutionException(label, e.getMatch().getRule().getName(), "ran past the time limit of "
                        + timeLimit.toMillis() + " ms per document and was stopped", "a rule must not wait or sleep", null);
            }
            throw new RuleExecutionException(label, e.getMatch().getRule().getName(),
                    "threw " + cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                    "fix the rule's consequence; the other documents were still checked", cause);
        } catch (RuleExecutionException e) {
            throw e;
        } catch (RuntimeException e) {
            // A condition failed on one of this document's facts (Drools compiles a condition when the first fact
            // reaches it, and does not say whose it is): the document fails, not the batch.
            throw new RuleExecutionException(label, "a rule's condition failed on this document: " + firstLine(e),
                    "a condition must not throw: compare a field with a value of its own type, and guard method "
                    + "calls; 'claimcheck rules validate' finds type clashes", e);
        } finally {
            session.dispose();
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + String.valueOf(root.getMessage()).strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
