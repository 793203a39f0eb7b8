package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.facts.Claim;
import org.claimcheck.facts.ClaimForm;
import org.claimcheck.facts.Containment;
import org.claimcheck.facts.Document;
import org.claimcheck.facts.Event;
import org.claimcheck.facts.NumberClass;
import org.claimcheck.facts.Place;
import org.claimcheck.facts.Quantity;
import org.claimcheck.facts.Reaction;
import org.claimcheck.facts.Sentence;
import org.claimcheck.facts.Source;
import org.claimcheck.facts.SourceKind;
import org.claimcheck.facts.Stance;
import org.claimcheck.facts.Unit;
import org.claimcheck.input.Json;
import org.claimcheck.input.Span;
import org.junit.jupiter.api.Test;

/** {@code claimcheck facts --format json} shows every component of every fact, as rules see it. */
class FactsJsonWriterTest {

    private static final String TEXT = "The agency said at least 40 people were killed in Leeds.";

    private static DocumentFacts facts() {
        Quantity atLeast40 = new Quantity("d", 1, 0, new Span(16, 27), "at least 40", 40, Double.POSITIVE_INFINITY, true,
                false, false, false, Unit.COUNT, "", NumberClass.COUNT, "people", "people", List.of("civilian"), "people",
                Set.of("people", "resident"), List.of("civilian"), "killed", "leeds", false, "", "sunday", "", "", false, 0, false, false,
                false, Stance.ASSERTED, 1, "The agency", 1, false, 0, 1);
        Quantity year = new Quantity("d", 2, 0, new Span(0, 0), "", 2026, 2026, true, true, false, false, Unit.COUNT, "",
                NumberClass.DATE, "", "", List.of(), "", Set.of(), List.of(), "", "", false, "", "", "", "", false, 0, false,
                false, false, Stance.ASSERTED, 0, "", 0, false, 0, 0);
        return new DocumentFacts("d", new Document("d", "Metro", "2026-01-01", "Toll", 0),
                List.of(new Sentence("d", 0, new Span(0, 56), TEXT)), List.of(atLeast40), List.of(year),
                List.of(new Source("d", 1, "The agency", SourceKind.ORGANIZATION, 1, List.of("The agency"))),
                List.of(new Claim("d", 1, 0, new Span(11, 55), TEXT.substring(11, 55), new Span(11, 15), ClaimForm.VERB,
                        Stance.ASSERTED, false, 1, "The agency", SourceKind.ORGANIZATION, 1, Set.of("kill", "peopl"))),
                List.of(new Reaction("d", 1, 1, 0, 1)), List.of(new Place("d", "leeds", "gblds", 0, new Span(50, 55), "Leeds")),
                List.of(new Containment("d", "england", "leeds", "gazetteer")),
                List.of(new Event("d", 1, 0, List.of("flood"), "2026-01-01", List.of("leeds"), "GB")));
    }

    private static JsonNode written() throws IOException {
        DocumentReport report = new DocumentReport("d", "d.txt", TEXT, List.of(new Span(0, 56)), List.of(),
                Optional.of(facts()), Optional.empty());
        StringWriter out = new StringWriter();
        FactsJsonWriter.write(List.of(report), out);
        return Json.mapper().readTree(out.toString()).path("documents").path(0);
    }

    @Test
    void everyComponentOfEveryFactTypeIsWritten() throws IOException {
        // given
        JsonNode document = written();

        // when
        List<String> missing = new ArrayList<>();
        for (RecordComponent section : DocumentFacts.class.getRecordComponents()) {
            Object value = read(section);
            if (!(value instanceof Record) && !(value instanceof List<?>)) {
                continue;
            }
            Record sample = (Record) (value instanceof List<?> list ? list.get(0) : value);
            JsonNode node = document.path(section.getName());
            JsonNode first = node.isArray() ? node.path(0) : node;
            for (RecordComponent component : sample.getClass().getRecordComponents()) {
                String name = component.getName().equals("span") ? "start" : component.getName();
                if (!first.has(name)) {
                    missing.add(sample.getClass().getSimpleName() + "." + component.getName());
                }
            }
        }

        // then
        assertThat(missing).isEmpty();
    }

    @Test
    void aQuantityKeepsTheFieldsOfTheFactsContract() throws IOException {
        // given
        JsonNode quantity = written().path("quantities").path(0);

        // when / then
        assertThat(quantity.path("text").asText()).isEqualTo("at least 40");
        assertThat(quantity.path("start").asInt()).isEqualTo(16);
        assertThat(quantity.path("end").asInt()).isEqualTo(27);
        assertThat(quantity.path("low").asLong()).isEqualTo(40);
        assertThat(quantity.path("high").isNull()).isTrue();
        assertThat(quantity.path("lowInclusive").asBoolean()).isTrue();
        assertThat(quantity.path("what").asText()).isEqualTo("people");
        assertThat(quantity.path("place").asText()).isEqualTo("leeds");
        assertThat(quantity.path("source").asText()).isEqualTo("The agency");
        assertThat(quantity.path("sourceId").asInt()).isEqualTo(1);
        assertThat(quantity.path("stance").asText()).isEqualTo("asserted");
    }

    private static Object read(RecordComponent section) {
        try {
            return section.getAccessor().invoke(facts());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
