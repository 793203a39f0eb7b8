package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.claimcheck.input.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fixtures/hostile end to end: every input is in the report, bad ones with their reason (see its README). */
class HostileInputsTest {

    @TempDir
    Path dir;

    private static Map<String, JsonNode> documentsById(String json) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode doc : Json.mapper().readTree(json).get("documents")) {
            byId.put(doc.get("id").asText(), doc);
        }
        return byId;
    }

    @Test
    void hostileFolderReportsEveryBadFileAndChecksTheGoodOnes() throws IOException {
        // when
        CommandRun run = CommandRun.of("check", "--format", "json", "--quiet", "fixtures/hostile");

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_FAILED.code());
        Map<String, JsonNode> docs = documentsById(run.out());
        assertThat(docs).hasSize(21);
        assertThat(docs.get("text-not-a-string").get("error").asText()).contains("\"text\" is a number");
        assertThat(docs.get("binary").get("error").asText()).contains("binary");
        assertThat(docs.get("empty").get("error").asText()).contains("empty");
        assertThat(docs.get("blank").get("error").asText()).contains("empty");
        assertThat(docs.get("malformed").get("error").asText()).contains("malformed.json:2:1");
        assertThat(docs.get("feed:2").get("error").asText()).contains("feed.jsonl:2");
        assertThat(docs.get("feed-4").get("error").asText()).contains("feed.jsonl:5").contains("no text");
        assertThat(docs.get("no-text").get("error").asText()).contains("no article text");
        for (String good : new String[] {"good", "windows-1252", "utf16-bom", "utf8-bom", "invalid-utf8", "feed-1",
                "feed-3", "script-in-article", "escape-sequences", "utf16-no-bom"}) {
            assertThat(docs.get(good).get("error").isNull()).as(good).isTrue();
        }
        assertThat(docs.get("good").get("findings")).hasSize(1);
        assertThat(docs.get("utf16-no-bom").get("findings")).hasSize(1);
    }

    @Test
    void anArticlesEscapeSequencesNeverReachTheTerminal() {
        // when
        CommandRun run = CommandRun.of("check", "--quiet", "fixtures/hostile/escape-sequences.txt");

        // then
        assertThat(run.out()).contains("500").doesNotContain("\u001b").doesNotContain("\u0007").contains("\uFFFD");
    }

    @Test
    void markupInAnArticleIsTextAndItsScriptIsGone() throws IOException {
        // when
        CommandRun run = CommandRun.of("facts", "--format", "json", "fixtures/hostile/script-in-article.html");

        // then
        String text = Json.mapper().readTree(run.out()).get("documents").get(0).get("sentences").toString();
        assertThat(text).contains("<b>rescuers</b>").doesNotContain("alert");
    }

    @Test
    void aFileOverTheSizeLimitIsNamedWithTheLimitAndTheRestAreChecked() throws IOException {
        // given
        Files.writeString(dir.resolve("huge.txt"), "The agency said 3 people died. ".repeat(5_000));
        Files.writeString(dir.resolve("small.txt"), "The agency said 3 people died.");

        // when
        CommandRun run = CommandRun.of("check", "--format", "json", "--quiet", "--max-bytes", "10000", dir.toString());

        // then
        Map<String, JsonNode> docs = documentsById(run.out());
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_FAILED.code());
        assertThat(docs.get("huge").get("error").asText()).contains("over the limit of 10000");
        assertThat(docs.get("small").get("error").isNull()).isTrue();
    }

    @Test
    void jsonLinesOutputWritesOneDocumentPerLineThenTheSummary() throws IOException {
        // given
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"a\",\"text\":\"Police said 4 people were hurt.\"}\n"
                + "not json\n{\"id\":\"c\",\"text\":\"Police said 6 people were hurt.\"}\n");

        // when
        CommandRun run = CommandRun.of("check", "--format", "jsonl", "--threads", "3", "--quiet", feed.toString());

        // then
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(Json.mapper().readTree(lines[0]).get("id").asText()).isEqualTo("a");
        assertThat(Json.mapper().readTree(lines[1]).get("error").asText()).contains("feed.jsonl:2");
        assertThat(Json.mapper().readTree(lines[2]).get("id").asText()).isEqualTo("c");
        assertThat(Json.mapper().readTree(lines[3]).get("summary").get("failed").asInt()).isEqualTo(1);
    }
}
