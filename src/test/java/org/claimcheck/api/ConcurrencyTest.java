package org.claimcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimcheck.input.ArticleReader;
import org.claimcheck.input.ReadResult;
import org.claimcheck.report.DocumentReport;
import org.junit.jupiter.api.Test;

/** One checker, shared by many threads, gives exactly the findings a sequential run gives. */
class ConcurrencyTest {

    private static final ClaimChecker CHECKER = ClaimChecker.builder().build();
    private static final int THREADS = 8;

    private static List<ReadResult> allFixtures() {
        return new ArticleReader(Long.MAX_VALUE).read(Path.of("fixtures"));
    }

    @Test
    void eightThreadsHammeringOneCheckerAgreeWithASequentialRun() throws Exception {
        // given
        List<ReadResult> inputs = allFixtures();
        List<DocumentReport> sequential = inputs.stream().map(CHECKER::check).toList();

        // when
        List<DocumentReport> parallel = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<DocumentReport>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (ReadResult input : inputs) {
                    futures.add(pool.submit(() -> CHECKER.check(input)));
                }
            }
            for (Future<DocumentReport> f : futures) {
                parallel.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // then
        for (int i = 0; i < parallel.size(); i++) {
            DocumentReport expected = sequential.get(i % inputs.size());
            assertThat(parallel.get(i).findings()).as("findings of %s", expected.id()).isEqualTo(expected.findings());
        }
    }

    @Test
    void streamingWithEightWorkersKeepsInputOrderAndResults() throws IOException {
        // given
        List<ReadResult> inputs = allFixtures();
        List<DocumentReport> sequential = inputs.stream().map(CHECKER::check).toList();

        // when
        List<DocumentReport> streamed = new ArrayList<>();
        CHECKER.checkEach(inputs.iterator(), THREADS, streamed::add);

        // then
        assertThat(streamed).extracting(DocumentReport::id).containsExactlyElementsOf(
                sequential.stream().map(DocumentReport::id).toList());
        assertThat(streamed).extracting(DocumentReport::findings).containsExactlyElementsOf(
                sequential.stream().map(DocumentReport::findings).toList());
    }

    @Test
    void eightCheckersBuiltAtTheSameMomentAllCheckAlike() throws Exception {
        // issue #16: builds side by side raced on the rule files (ClosedFileSystemException, NPE)
        // given
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(THREADS);
        ReadResult input = allFixtures().get(0);

        // when
        List<ClaimChecker> built = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<ClaimChecker>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return ClaimChecker.builder().build();
                }));
            }
            for (Future<ClaimChecker> f : futures) {
                built.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // then
        assertThat(built).allSatisfy(checker ->
                assertThat(checker.check(input).findings()).isEqualTo(CHECKER.check(input).findings()));
    }
}
