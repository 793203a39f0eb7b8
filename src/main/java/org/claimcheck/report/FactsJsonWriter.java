package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.facts.Claim;
import org.claimcheck.facts.Containment;
import org.claimcheck.facts.Place;
import org.claimcheck.facts.Quantity;
import org.claimcheck.facts.Sentence;
import org.claimcheck.facts.Source;
import org.claimcheck.input.Json;

/**
 * Writes extracted facts as JSON: {@code {"schemaVersion", "documents": [{"id", "path", "error",
 * "sentences", "quantities", "sources", "claims", "places", "containments"}]}}. Unbounded quantity
 * bounds are {@code null}.
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
        json.writeArrayFieldStart("sentences");
        for (Sentence s : facts.sentences()) {
            json.writeStartObject();
            json.writeNumberField("index", s.index());
            json.writeNumberField("start", s.span().start());
            json.writeNumberField("end", s.span().end());
            json.writeStringField("text", s.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quantities");
        for (Quantity q : facts.quantities()) {
            writeQuantity(q, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sources");
        for (Source s : facts.sources()) {
            json.writeStartObject();
            json.writeNumberField("id", s.id());
            json.writeStringField("name", s.name());
            json.writeStringField("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.writeNumberField("family", s.family());
            json.writeArrayFieldStart("aliases");
            for (String alias : s.aliases()) {
                json.writeString(alias);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("claims");
        for (Claim c : facts.claims()) {
            json.writeStartObject();
            json.writeNumberField("id", c.id());
            json.writeNumberField("sentence", c.sentence());
            json.writeNumberField("start", c.span().start());
            json.writeNumberField("end", c.span().end());
            json.writeStringField("text", c.text());
            json.writeStringField("stance", c.stance().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            json.writeStringField("source", c.sourceName());
            json.writeBooleanField("anaphoric", c.anaphoric());
            json.writeArrayFieldStart("answers");
            for (org.claimcheck.facts.Reaction r : facts.reactions()) {
                if (r.response() == c.id()) {
                    json.writeNumber(r.claim());
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("places");
        for (Place p : facts.places()) {
            json.writeStartObject();
            json.writeStringField("key", p.key());
            json.writeStringField("code", p.code());
            json.writeStringField("text", p.text());
            json.writeNumberField("start", p.span().start());
            json.writeNumberField("end", p.span().end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("containments");
        for (Containment c : facts.containments()) {
            json.writeStartObject();
            json.writeStringField("outer", c.outer());
            json.writeStringField("inner", c.inner());
            json.writeStringField("basis", c.basis());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeQuantity(Quantity q, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", q.id());
        json.writeStringField("text", q.text());
        json.writeNumberField("start", q.span().start());
        json.writeNumberField("end", q.span().end());
        json.writeNumberField("sentence", q.sentence());
        bound(json, "low", q.low());
        bound(json, "high", q.high());
        json.writeBooleanField("lowInclusive", q.lowInclusive());
        json.writeBooleanField("highInclusive", q.highInclusive());
        json.writeBooleanField("approximate", q.approximate());
        json.writeStringField("unit", q.unit().name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("unitName", q.unitName());
        nullable(json, "what", q.what().isEmpty() ? q.thing() : q.what());
        json.writeStringField("thing", q.thing());
        json.writeStringField("measure", q.measure());
        nullable(json, "place", q.place());
        nullable(json, "source", q.sourceName());
        json.writeStringField("stance", q.stance().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        json.writeStringField("time", q.time());
        json.writeStringField("period", q.period());
        json.writeBooleanField("part", q.part());
        if (q.partOf() > 0) {
            json.writeNumberField("partOf", q.partOf());
        } else {
            json.writeNullField("partOf");
        }
        json.writeBooleanField("update", q.update());
        json.writeBooleanField("projected", q.projected());
        json.writeBooleanField("conditional", q.conditional());
        json.writeEndObject();
    }

    private static void bound(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            json.writeNullField(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumberField(field, (long) value);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private static void nullable(JsonGenerator json, String field, String value) throws IOException {
        if (value.isEmpty()) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
