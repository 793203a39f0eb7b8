package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.input.Json;
import org.claimcheck.input.Span;

/**
 * Writes extracted facts as JSON: {@code {"schemaVersion", "documents": [{"id", "path", "error", "about",
 * "sentences", "quantities", "sources", "claims", "reactions", "places", "containments"}]}}, one section per
 * fact type of {@link DocumentFacts}, each fact with every component rules see (see {@link FactFields} for
 * how values are rendered: spans as {@code start}/{@code end}, unbounded bounds as {@code null}, a fact's
 * {@code source} as the source's name).
 */
public final class FactsJsonWriter {

    private FactsJsonWriter() {
    }

    /** Writes the facts of every report. */
    public static void write(List<DocumentReport> reports, Writer out) throws IOException {
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schemaVersion", JsonReportWriter.SCHEMA_VERSION);
            json.writeArrayFieldStart("documents");
            for (DocumentReport report : reports) {
                json.writeStartObject();
                JsonReportWriter.writeDocumentHead(report, json);
                if (report.facts().isPresent()) {
                    writeFacts(report.facts().get(), json);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeFacts(DocumentFacts facts, JsonGenerator json) throws IOException {
        for (Map.Entry<String, Object> section : FactFields.sections(facts).entrySet()) {
            json.writeFieldName(section.getKey());
            if (section.getValue() instanceof List<?> list) {
                json.writeStartArray();
                for (Object fact : list) {
                    writeFact((Record) fact, json);
                }
                json.writeEndArray();
            } else {
                writeFact((Record) section.getValue(), json);
            }
        }
    }

    private static void writeFact(Record fact, JsonGenerator json) throws IOException {
        json.writeStartObject();
        for (FactFields.Field field : FactFields.of(fact)) {
            json.writeFieldName(field.name());
            writeValue(field.value(), json);
        }
        json.writeEndObject();
    }

    private static void writeValue(Object value, JsonGenerator json) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                json.writeNumber(d.longValue());
            } else {
                json.writeNumber(d);
            }
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Span span) {
            json.writeStartObject();
            json.writeNumberField("start", span.start());
            json.writeNumberField("end", span.end());
            json.writeEndObject();
        } else if (value instanceof List<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                json.writeString((String) item);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }
}
