package org.claimcheck.bench;

import java.util.concurrent.TimeUnit;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.report.DocumentReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@code ClaimChecker.check} per article, as an embedder calls it, on one thread and on two sharing one
 * checker. Scores are articles/s summed over the threads; {@code words} is words/s, also summed, so
 * divide by the thread count for the per-thread figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EndToEndBenchmark {

    private ClaimChecker checker;

    /** Builds the one shared checker (rule compile) outside the measurement. */
    @Setup(Level.Trial)
    public void build() {
        checker = ClaimChecker.builder().build();
    }

    /** Checks the next article of the mix on one thread. */
    @Benchmark
    @Threads(1)
    public DocumentReport check(MixCursor cursor) {
        return checker.check(cursor.nextArticle());
    }

    /** Checks articles on two threads at once with the same checker. */
    @Benchmark
    @Threads(2)
    public DocumentReport checkTwoThreads(MixCursor cursor) {
        return checker.check(cursor.nextArticle());
    }
}
