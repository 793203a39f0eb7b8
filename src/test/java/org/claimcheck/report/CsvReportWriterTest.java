package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.claimcheck.engine.Evidence;
import org.claimcheck.engine.Finding;
import org.claimcheck.facts.Severity;
import org.claimcheck.input.ClaimCheckException;
import org.claimcheck.input.Location;
import org.claimcheck.input.Span;
import org.junit.jupiter.api.Test;

/** The CSV report: a header, one row per finding with evidence columns, quoting as RFC 4180 says. */
class CsvReportWriterTest {

    private static final String HEADER = "document,path,severity,kind,message,evidence_1,source_1,start_1,end_1,"
            + "evidence_2,source_2,start_2,end_2,more_evidence,rule,rule_file,error\r\n";

    private static String write(DocumentReport report) {
        StringWriter out = new StringWriter();
        CsvReportWriter writer = new CsvReportWriter(out);
        writer.document(report);
        writer.finish();
        return out.toString();
    }

    private static DocumentReport report(Finding... findings) {
        return new DocumentReport("a1", "a1.txt", "", List.of(), List.of(findings), Optional.empty(), Optional.empty());
    }

    private static Evidence evidence(String text, String source, int start) {
        return new Evidence("a1", 0, new Span(start, start + text.length()), text, source);
    }

    @Test
    void aFindingIsOneRowWithEachEvidenceItemInItsOwnColumns() {
        // given
        Finding finding = new Finding("numeric-conflict", Severity.WARNING, "Two counts", "rules/n.drl:3", "40 against 31",
                List.of(evidence("at least 40", "the agency", 10), evidence("31", "the governor", 60)));

        // when
        String csv = write(report(finding));

        // then
        assertThat(csv).isEqualTo(HEADER + "a1,a1.txt,warning,numeric-conflict,40 against 31,at least 40,the agency,10,21,"
                + "31,the governor,60,62,,Two counts,rules/n.drl:3,\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        // given
        Finding finding = new Finding("disputed-claim", Severity.WARNING, "r", "", "He said \"no\", twice",
                List.of(evidence("a, b", "", 0)));

        // when
        String csv = write(report(finding));

        // then
        assertThat(csv).contains(",\"He said \"\"no\"\", twice\",\"a, b\",,0,4,,,,,,r,,\r\n");
    }

    @Test
    void evidenceBeyondTheSecondSharesOneCellOneItemPerLine() {
        // given
        Finding finding = new Finding("unconfirmed-claim", Severity.WARNING, "r", "", "m", List.of(evidence("one", "", 0),
                evidence("two", "", 5), evidence("three", "a witness", 10), evidence("four", "", 20)));

        // when
        String csv = write(report(finding));

        // then
        assertThat(csv).contains(",\"three (a witness)\nfour\",");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsPrefixedWithAnApostrophe() {
        // given: article text is untrusted
        Finding finding = new Finding("single-source", Severity.INFO, "r", "", "m",
                List.of(evidence("=HYPERLINK(\"http://x\")", "@someone", 0)));

        // when
        String csv = write(report(finding));

        // then
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",'@someone,");
    }

    @Test
    void anInputThatFailedIsARowWithItsError() {
        // given
        DocumentReport failed = new DocumentReport("gone", "gone.txt", "", List.of(), List.of(), Optional.empty(),
                Optional.of(new ClaimCheckException(Location.of("gone.txt"), "no such file or folder", "", null)));

        // when
        String csv = write(failed);

        // then
        assertThat(csv).isEqualTo(HEADER + "gone,gone.txt,error,,,,,,,,,,,,,,gone.txt: no such file or folder\r\n");
    }
}
