package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.input.ArticleReader;
import org.claimcheck.input.Json;
import org.claimcheck.input.ReadResult;
import org.junit.jupiter.api.Test;

/** The JSON report validates against the schema published in docs/report.schema.json. */
class ReportSchemaTest {

    private static final ClaimChecker CHECKER = ClaimChecker.builder().build();

    private static Set<ValidationMessage> validate(String json) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs/report.schema.json")));
        return schema.validate(Json.mapper().readTree(json));
    }

    @Test
    void reportOverAllFixturesAndHostileInputsValidates() throws IOException {
        // given
        List<ReadResult> inputs = new ArticleReader(1_000_000).read(Path.of("fixtures"));
        StringWriter out = new StringWriter();

        // when
        JsonReportWriter writer = new JsonReportWriter(out, false);
        for (ReadResult input : inputs) {
            writer.document(CHECKER.check(input));
        }
        writer.finish();

        // then
        assertThat(validate(out.toString())).isEmpty();
        JsonNode report = Json.mapper().readTree(out.toString());
        assertThat(report.get("documents")).hasSize(inputs.size());
    }

    @Test
    void reportOfDocumentsCheckedTogetherValidates() throws IOException {
        // given
        List<ReadResult> inputs = new ArticleReader(1_000_000).read(Path.of("fixtures/cross-report/landslide-two-outlets"));
        StringWriter out = new StringWriter();

        // when
        TogetherReport together = CHECKER.checkTogether(inputs);
        JsonReportWriter writer = new JsonReportWriter(out, false);
        for (DocumentReport document : together.documents()) {
            writer.document(document);
        }
        writer.across(together);
        writer.finish();

        // then
        assertThat(validate(out.toString())).isEmpty();
        assertThat(Json.mapper().readTree(out.toString()).get("together").get("findings")).isNotEmpty();
    }

    @Test
    void aReportMissingARequiredFieldDoesNotValidate() throws IOException {
        // given
        String broken = "{\"schemaVersion\": 1, \"documents\": [{\"id\": \"a\", \"path\": \"a.txt\", \"findings\": []}],"
                + " \"summary\": {\"documents\": 1, \"checked\": 1, \"failed\": 0, \"findings\": 0, \"errors\": 0,"
                + " \"warnings\": 0, \"infos\": 0}}";

        // when / then
        assertThat(validate(broken)).isNotEmpty();
    }
}
