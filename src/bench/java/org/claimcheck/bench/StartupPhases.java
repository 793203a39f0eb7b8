package org.claimcheck.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.engine.FactAssembler;
import org.claimcheck.engine.Finding;
import org.claimcheck.engine.RuleCompiler;
import org.claimcheck.engine.RuleEngine;
import org.claimcheck.engine.RuleSet;
import org.claimcheck.engine.RuleSources;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Pipeline;
import org.claimcheck.extract.place.Gazetteer;
import org.claimcheck.input.Article;

/**
 * Where a cold start goes: checks one article the way {@code claimcheck check FILE} does and prints the
 * wall time of each phase, in order, in a fresh JVM. Not a JMH benchmark: run it with
 * {@code java -cp target/benchmarks.jar org.claimcheck.bench.StartupPhases FILE}.
 *
 * <p>Phases: JVM start to {@code main}; building the pipeline; compiling the bundled rules; the first
 * extraction (lazy word lists, gazetteer and WordNet load here); assembling the facts; the first rule run.
 */
public final class StartupPhases {

    private StartupPhases() {
    }

    /** Checks the article in {@code args[0]} once, printing each phase's milliseconds. */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
        Article article = Article.of("a1", args[0], Files.readString(Path.of(args[0])));
        long t = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        long pipelineMs = lap(t);
        t = System.nanoTime();
        RuleSet rules = RuleCompiler.compile(RuleSources.bundled());
        RuleEngine engine = new RuleEngine(rules);
        long compileMs = lap(t);
        t = System.nanoTime();
        AnnotatedDocument doc = pipeline.run(article);
        long extractMs = lap(t);
        t = System.nanoTime();
        DocumentFacts facts = new FactAssembler(Gazetteer.standard()).assemble(doc);
        long assembleMs = lap(t);
        t = System.nanoTime();
        List<Finding> findings = engine.run(facts);
        long engineMs = lap(t);
        long totalMs = jvm + lap(start);
        System.out.printf("jvm-to-main %d ms | pipeline %d ms | rule-compile %d ms | first-extract %d ms | "
                + "assemble %d ms | first-rules %d ms | total %d ms | %d findings%n", jvm, pipelineMs, compileMs,
                extractMs, assembleMs, engineMs, totalMs, findings.size());
    }

    private static long lap(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
