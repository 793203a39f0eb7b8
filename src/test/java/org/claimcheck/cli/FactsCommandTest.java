package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimcheck facts --tokens}: the linguistic layer, printed for debugging. */
class FactsCommandTest {

    @TempDir
    Path dir;

    @Test
    void tokensShowTagsLemmasChunksAndClauses() throws IOException {
        // given
        Path article = Files.writeString(dir.resolve("a.txt"), "Lifeguards said the swimmer had not been found.");

        // when
        CommandRun run = CommandRun.of("facts", "--tokens", article.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("said/VERB/say", "NP  Lifeguards", "lemma=find", "PASSIVE negated",
                "CL  MAIN", "subject=Lifeguards");
    }

    @Test
    void unreadableInputIsReportedBesideTheTokensOfTheOthers() throws IOException {
        // given
        Path good = Files.writeString(dir.resolve("good.txt"), "Police said 12 people were arrested.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        // when
        CommandRun run = CommandRun.of("facts", "--tokens", good.toString(), empty.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_FAILED.code());
        assertThat(run.out()).contains("said/VERB/say", "== empty").contains("error:");
    }
}
