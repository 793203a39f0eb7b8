package org.claimcheck.bench;

import java.util.concurrent.TimeUnit;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Pipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extraction without rules, one article per operation: the score is articles/s, the {@code words}
 * secondary result words/s.
 *
 * <p>{@code pipeline} is {@code Pipeline.standard().run(article)} alone (sentences, tokens, quantities,
 * attributions, places); {@code facts} adds the assembly of the fact records the rules match on, which is
 * everything {@code ClaimChecker.check} does before the engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    private Pipeline pipeline;
    private ClaimChecker checker;

    /** Builds the pipeline and a checker once; their lazy word lists load during warm-up. */
    @Setup(Level.Trial)
    public void build() {
        pipeline = Pipeline.standard();
        checker = ClaimChecker.builder().build();
    }

    /** Runs the extraction pipeline on the next article of the mix. */
    @Benchmark
    public AnnotatedDocument pipeline(MixCursor cursor) {
        return pipeline.run(cursor.nextArticle());
    }

    /** Runs the pipeline and assembles the facts, as a check does before its rules. */
    @Benchmark
    public DocumentFacts facts(MixCursor cursor) {
        return checker.facts(cursor.nextArticle());
    }
}
