package org.claimcheck.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.syntax.Syntaxes.parsed;

import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class ClauseSegmenterTest {

    /** A clause as text: kind, its words, its verb group and its subject. */
    private record Reading(ClauseKind kind, String text, String verb, String subject, int parent) {
    }

    private static List<Reading> readings(String text) {
        AnnotatedDocument document = parsed(text);
        Syntax syntax = Syntax.of(document);
        return syntax.clauses().stream().map(c -> new Reading(c.kind(), document.text(c.span()),
                syntax.verbGroup(c).map(v -> document.text(v.span())).orElse(""),
                syntax.subject(c).map(n -> document.text(n.span())).orElse(""), c.parent())).toList();
    }

    @Test
    void reportingVerbTakesAZeroThatComplement() {
        // given a report without "that"
        List<Reading> clauses = readings("Rescue workers said the toll had risen to 19.");

        // when
        Reading main = clauses.get(0);
        Reading reported = clauses.get(1);

        // then
        assertThat(main).isEqualTo(new Reading(ClauseKind.MAIN, "Rescue workers said the toll had risen to 19.", "said",
                "Rescue workers", -1));
        assertThat(reported).isEqualTo(new Reading(ClauseKind.REPORTED, "the toll had risen to 19", "had risen",
                "the toll", 0));
    }

    @Test
    void reportingFrameAtTheEndMakesTheFrontedContentReported() {
        // given the content first, the source last
        List<Reading> clauses = readings("The death toll climbed to 31, health workers said.");

        // when / then
        assertThat(clauses).containsExactly(
                new Reading(ClauseKind.MAIN, "The death toll climbed to 31, health workers said.", "said",
                        "health workers", -1),
                new Reading(ClauseKind.REPORTED, "The death toll climbed to 31", "climbed", "The death toll", 0));
    }

    @Test
    void invertedFrameTakesItsSubjectAfterTheVerb() {
        // given "said the ministry"
        List<Reading> clauses = readings("Prices rose by a tenth, said the statistics office.");

        // when
        Reading main = clauses.get(0);

        // then
        assertThat(main.verb()).isEqualTo("said");
        assertThat(main.subject()).isEqualTo("the statistics office");
        assertThat(clauses.get(1).kind()).isEqualTo(ClauseKind.REPORTED);
    }

    @Test
    void quotedContentBeforeTheFrameIsAQuotation() {
        // given a quotation and its speaker
        List<Reading> clauses = readings("\"We will not stop,\" the minister said.");

        // when
        Reading quotation = clauses.get(1);

        // then
        assertThat(clauses.get(0).subject()).isEqualTo("the minister");
        assertThat(quotation).isEqualTo(new Reading(ClauseKind.QUOTATION, "\"We will not stop,\"", "will not stop",
                "We", 0));
    }

    @Test
    void thatAfterANounOpensANominalComplement() {
        // given "reports that…" as a subject, in fronted content
        List<Reading> clauses = readings("Claims that the bridge had cracked are untrue, the council said.");

        // when / then
        assertThat(clauses).containsExactly(
                new Reading(ClauseKind.MAIN, "Claims that the bridge had cracked are untrue, the council said.", "said",
                        "the council", -1),
                new Reading(ClauseKind.REPORTED, "Claims that the bridge had cracked are untrue", "are", "Claims", 0),
                new Reading(ClauseKind.THAT_COMPLEMENT, "that the bridge had cracked", "had cracked", "the bridge", 1));
    }

    @Test
    void relativeClauseBetweenCommasLeavesTheSubjectToItsNoun() {
        // given a non-restrictive relative inside the subject
        List<Reading> clauses = readings("The men, who were arrested on Monday, appeared in court.");

        // when / then
        assertThat(clauses).containsExactly(
                new Reading(ClauseKind.MAIN, "The men, who were arrested on Monday, appeared in court.", "appeared",
                        "The men", -1),
                new Reading(ClauseKind.RELATIVE, "who were arrested on Monday", "were arrested", "The men", 0));
    }

    @Test
    void ingVerbAfterACommaIsParticipial() {
        // given a result clause
        List<Reading> clauses = readings("A tanker overturned on the motorway, blocking three lanes.");

        // when
        Reading participial = clauses.get(1);

        // then
        assertThat(participial).isEqualTo(new Reading(ClauseKind.PARTICIPIAL, "blocking three lanes", "blocking", "", 0));
    }

    @Test
    void secondReportingClauseIsCoordinateWithTheFirst() {
        // given two sources, two reports
        List<Reading> clauses = readings("The governor said the road was open and the mayor denied the report.");

        // when / then
        assertThat(clauses).containsExactly(
                new Reading(ClauseKind.MAIN, "The governor said the road was open and the mayor denied the report.",
                        "said", "The governor", -1),
                new Reading(ClauseKind.REPORTED, "the road was open", "was", "the road", 0),
                new Reading(ClauseKind.COORDINATE, "and the mayor denied the report", "denied", "the mayor", 0));
    }

    @Test
    void subjectIsFoundPastAnApposition() {
        // given "X, a spokeswoman for Y, said"
        List<Reading> clauses = readings("Mira Kovac, a spokeswoman for the port authority, said the berth was closed.");

        // when
        Reading main = clauses.get(0);

        // then
        assertThat(main.subject()).isEqualTo("Mira Kovac");
        assertThat(clauses.get(1).subject()).isEqualTo("the berth");
    }

    @Test
    void subjectIsTheNounAnOfPhraseHangsOn() {
        // given a partitive subject
        List<Reading> clauses = readings("Four members of the crew were treated for burns.");

        // when
        Reading main = clauses.get(0);

        // then
        assertThat(main.subject()).isEqualTo("Four members");
    }

    @Test
    void thatAfterAVerbOpensAComplement() {
        // given "said that"
        List<Reading> clauses = readings("The inspector said that the wiring was faulty.");

        // when
        Reading complement = clauses.get(1);

        // then
        assertThat(complement).isEqualTo(new Reading(ClauseKind.THAT_COMPLEMENT, "that the wiring was faulty", "was",
                "the wiring", 0));
    }

    @Test
    void frontedAdverbialClauseClosesAtItsComma() {
        // given "Because …, …"
        List<Reading> clauses = readings("Because the roads were flooded, the convoy turned back.");

        // when
        Reading adverbial = clauses.get(1);

        // then
        assertThat(adverbial).isEqualTo(new Reading(ClauseKind.ADVERBIAL, "Because the roads were flooded",
                "were flooded", "the roads", 0));
        assertThat(clauses.get(0).verb()).isEqualTo("turned");
        assertThat(clauses.get(0).subject()).isEqualTo("the convoy");
    }

    @Test
    void infinitiveOpensAnInfinitivalClause() {
        // given a verb with an infinitive complement
        List<Reading> clauses = readings("The union agreed to end the strike.");

        // when
        Reading infinitival = clauses.get(1);

        // then
        assertThat(infinitival.kind()).isEqualTo(ClauseKind.INFINITIVAL);
        assertThat(infinitival.text()).isEqualTo("to end the strike");
    }

    @Test
    void everySentenceHasOneMainClauseAndChildrenNestInsideTheirParents() {
        // given our own longer text
        AnnotatedDocument document = parsed(OwnText.NEWS);

        // when
        List<Clause> clauses = document.get(ClauseSegmenter.CLAUSES);

        // then
        long mains = clauses.stream().filter(c -> c.kind() == ClauseKind.MAIN).count();
        assertThat(mains).isEqualTo(document.get(org.claimcheck.extract.text.SentenceSplitter.SENTENCES).size());
        for (Clause clause : clauses) {
            if (clause.parent() >= 0) {
                Clause parent = clauses.get(clause.parent());
                assertThat(parent.span().contains(clause.span())).as("%s inside %s", clause, parent).isTrue();
                assertThat(parent.sentence()).isEqualTo(clause.sentence());
            } else {
                assertThat(clause.kind()).isEqualTo(ClauseKind.MAIN);
            }
        }
    }
}
