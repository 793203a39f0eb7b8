package org.claimcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.report.DocumentReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random bytes, in every format a reader can be forced to, never throw and never lose an input: every
 * stream yields at least one result, and the whole pipeline turns each into a report.
 */
class ReaderRandomInputTest {

    private static final ClaimChecker CHECKER = ClaimChecker.builder().build();
    private static final byte[][] PIECES = {"{".getBytes(), "}".getBytes(), "\"text\":".getBytes(), "\n".getBytes(),
            "<p>".getBytes(), "</p>".getBytes(), "said 40 people died".getBytes(), {(byte) 0xFF}, {(byte) 0xC3},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {0}, "€".getBytes(), "[".getBytes()};

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 7_919L * i + 13);
    }

    private static byte[] randomBytes(Random random) {
        List<Byte> bytes = new ArrayList<>();
        int parts = random.nextInt(40);
        for (int i = 0; i < parts; i++) {
            if (random.nextBoolean()) {
                for (byte b : PIECES[random.nextInt(PIECES.length)]) {
                    bytes.add(b);
                }
            } else {
                bytes.add((byte) random.nextInt(256));
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomBytesInAnyFormatAreReadAndCheckedWithoutLoss(long seed) {
        // given
        Random random = new Random(seed);
        byte[] bytes = randomBytes(random);

        for (InputFormat format : InputFormat.values()) {
            // when
            List<ReadResult> results = new ArrayList<>();
            new ArticleReader(10_000).forcing(format).stream("random", new ByteArrayInputStream(bytes))
                    .forEachRemaining(results::add);
            List<DocumentReport> reports = results.stream().map(CHECKER::check).toList();

            // then
            assertThat(results).as("%s of %d bytes", format, bytes.length).isNotEmpty();
            assertThat(reports).hasSameSizeAs(results);
            for (DocumentReport report : reports) {
                assertThat(report.ok() || report.findings().isEmpty()).isTrue();
            }
        }
    }
}
