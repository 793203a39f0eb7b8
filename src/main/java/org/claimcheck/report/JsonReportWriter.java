package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.claimcheck.engine.Evidence;
import org.claimcheck.engine.Finding;
import org.claimcheck.input.Json;

/**
 * Writes check results as JSON, streaming: {@code {"schemaVersion", "documents": [{"id", "path", "error",
 * "findings": [...]}], "together"?, "summary"}}, or in JSONL mode one document object per line (then, for
 * documents checked together, a line {@code {"together": ...}}, and a last line {@code {"summary": ...}}). Field names are stable; offsets are UTF-16 indices into each document's
 * normalized text, end exclusive.
 */
public final class JsonReportWriter implements ReportWriter {

    /** The version of the JSON layout; raised on any incompatible change. */
    public static final int SCHEMA_VERSION = 1;

    private final Writer out;
    private final boolean lines;
    private final JsonGenerator json;
    private final Summary.Counter counter = new Summary.Counter();
    private boolean documentsClosed;

    /**
     * Starts a report.
     *
     * @param out where to write
     * @param lines whether to write one JSON object per line instead of one object for the batch
     */
    public JsonReportWriter(Writer out, boolean lines) throws IOException {
        this.out = out;
        this.lines = lines;
        this.json = Json.mapper().getFactory().createGenerator(out);
        if (lines) {
            json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        } else {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeArrayFieldStart("documents");
        }
    }

    /** Writes all reports as one JSON object. */
    public static void write(List<DocumentReport> reports, Writer out) throws IOException {
        JsonReportWriter writer = new JsonReportWriter(out, false);
        for (DocumentReport report : reports) {
            writer.document(report);
        }
        writer.finish();
    }

    @Override
    public void document(DocumentReport report) throws IOException {
        counter.add(report);
        json.writeStartObject();
        if (lines) {
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        }
        writeDocumentHead(report, json);
        writeFindings(report.findings(), json);
        json.writeEndObject();
        if (lines) {
            json.flush();
        }
    }

    @Override
    public void across(TogetherReport together) throws IOException {
        together.across().forEach(counter::add);
        closeDocuments();
        if (lines) {
            // In JSONL the comparison is a line of its own, like the summary after it.
            json.writeStartObject();
        }
        json.writeObjectFieldStart("together");
        if (together.error().isPresent()) {
            json.writeStringField("error", together.error().get().describe());
        } else {
            json.writeNullField("error");
        }
        writeFindings(together.across(), json);
        json.writeEndObject();
        if (lines) {
            json.writeEndObject();
            json.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        closeDocuments();
        if (lines) {
            json.writeStartObject();
        }
        Summary summary = counter.summary();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("documents", summary.documents());
        json.writeNumberField("checked", summary.checked());
        json.writeNumberField("failed", summary.failed());
        json.writeNumberField("findings", summary.findings());
        json.writeNumberField("errors", summary.errors());
        json.writeNumberField("warnings", summary.warnings());
        json.writeNumberField("infos", summary.infos());
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    @Override
    public Summary summary() {
        return counter.summary();
    }

    private void closeDocuments() throws IOException {
        if (!lines && !documentsClosed) {
            json.writeEndArray();
        }
        documentsClosed = true;
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
