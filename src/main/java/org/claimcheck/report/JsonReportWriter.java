package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.claimcheck.engine.Evidence;
import org.claimcheck.engine.Finding;
import org.claimcheck.input.Json;

/**
 * Writes check results as JSON: {@code {"schemaVersion", "documents": [{"id", "path", "error",
 * "findings": [...]}], "summary"}}. Field names are stable; offsets are UTF-16 indices into each
 * document's normalized text, end exclusive.
 */
public final class JsonReportWriter {

    /** The version of the JSON layout; raised on any incompatible change. */
    public static final int SCHEMA_VERSION = 1;

    private JsonReportWriter() {
    }

    /** Writes all reports as one JSON object. */
    public static void write(List<DocumentReport> reports, Writer out) throws IOException {
        write(reports, Optional.empty(), out);
    }

    /**
     * Writes the reports of documents checked together: the documents as usual, then a {@code together}
     * object holding the findings that compare documents and the batch's error, if any.
     */
    public static void write(TogetherReport together, Writer out) throws IOException {
        write(together.documents(), Optional.of(together), out);
    }

    private static void write(List<DocumentReport> reports, Optional<TogetherReport> together, Writer out)
            throws IOException {
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeArrayFieldStart("documents");
            for (DocumentReport report : reports) {
                writeDocument(report, json);
            }
            json.writeEndArray();
            if (together.isPresent()) {
                json.writeObjectFieldStart("together");
                if (together.get().error().isPresent()) {
                    json.writeStringField("error", together.get().error().get().describe());
                } else {
                    json.writeNullField("error");
                }
                writeFindings(together.get().across(), json);
                json.writeEndObject();
            }
            Summary summary = Summary.of(reports);
            json.writeObjectFieldStart("summary");
            json.writeNumberField("documents", summary.documents());
            json.writeNumberField("checked", summary.checked());
            json.writeNumberField("failed", summary.failed());
            json.writeNumberField("findings", summary.findings());
            json.writeNumberField("errors", summary.errors());
            json.writeNumberField("warnings", summary.warnings());
            json.writeNumberField("infos", summary.infos());
            if (together.isPresent()) {
                json.writeNumberField("findingsAcross", together.get().across().size());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** Writes the fields every document object starts with: id, path and error (null when checked). */
    static void writeDocumentHead(DocumentReport report, JsonGenerator json) throws IOException {
        json.writeStringField("id", report.id());
        json.writeStringField("path", report.origin());
        if (report.error().isPresent()) {
            json.writeStringField("error", report.error().get().describe());
        } else {
            json.writeNullField("error");
        }
    }

    private static void writeDocument(DocumentReport report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        writeDocumentHead(report, json);
        writeFindings(report.findings(), json);
        json.writeEndObject();
    }

    private static void writeFindings(List<Finding> findings, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("findings");
        for (Finding finding : findings) {
            json.writeStartObject();
            json.writeStringField("kind", finding.kind());
            json.writeStringField("severity", finding.severity().label());
            json.writeStringField("rule", finding.rule());
            json.writeStringField("ruleFile", finding.ruleFile());
            json.writeStringField("message", finding.message());
            json.writeArrayFieldStart("evidence");
            for (Evidence e : finding.evidence()) {
                json.writeStartObject();
                json.writeStringField("document", e.document());
                json.writeNumberField("start", e.span().start());
                json.writeNumberField("end", e.span().end());
                json.writeStringField("text", e.text());
                json.writeNumberField("sentence", e.sentence());
                if (e.source().isEmpty()) {
                    json.writeNullField("source");
                } else {
                    json.writeStringField("source", e.source());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
