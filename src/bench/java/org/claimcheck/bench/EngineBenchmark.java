package org.claimcheck.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.engine.Finding;
import org.claimcheck.engine.RuleCompiler;
import org.claimcheck.engine.RuleEngine;
import org.claimcheck.engine.RuleSources;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bundled rules alone over facts extracted beforehand, one article per operation: each run opens a
 * fresh session, inserts the article's facts, fires the rules and disposes of the session, as a check
 * does. The score is articles/s; {@code words} is the words/s those articles stand for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    private RuleEngine engine;
    private List<DocumentFacts> facts;

    /** Compiles the bundled rules and extracts every article's facts, outside the measurement. */
    @Setup(Level.Trial)
    public void prepare(Mix mix) {
        engine = new RuleEngine(RuleCompiler.compile(RuleSources.bundled()));
        ClaimChecker checker = ClaimChecker.builder().build();
        facts = mix.articles.stream().map(checker::facts).toList();
        long findings = facts.stream().mapToLong(f -> engine.run(f).size()).sum();
        long quantities = facts.stream().mapToLong(f -> f.quantities().size()).sum();
        System.out.printf("engine input: %d quantities, %d findings over the mix%n", quantities, findings);
    }

    /** Runs the rules over the next article's facts in a new session. */
    @Benchmark
    public List<Finding> rules(MixCursor cursor) {
        return engine.run(facts.get(cursor.next()));
    }
}
