package org.claimcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimcheck.engine.Evidence;
import org.claimcheck.engine.Finding;
import org.claimcheck.input.Article;
import org.claimcheck.input.ArticleReader;
import org.claimcheck.input.ClaimCheckException;
import org.claimcheck.input.Json;
import org.claimcheck.input.Location;
import org.claimcheck.report.DocumentReport;
import org.claimcheck.report.TogetherReport;

/**
 * Runs rule fixtures: each {@code <case>.txt} in a folder (recursively) beside its
 * {@code <case>.expected.json}, which lists every finding the article should produce:
 *
 * <pre>
 * {"description": "...", "findings": [{"kind": "numeric-conflict", "quotes": ["40 people", "31 died"]}]}
 * </pre>
 *
 * <p>A fixture may also be a folder {@code <case>/} of articles (text or JSON with {@code published}
 * times) beside {@code <case>.expected.json}: its articles are checked together, and each quote is looked
 * up in whichever article holds it.
 *
 * <p>A finding matches an expected one when the kinds are equal and every quote (an exact substring of
 * the article) is overlapped by one of the finding's evidence spans. A fixture passes when every expected
 * finding is matched and no other finding is produced. Cases listed in the folder's optional
 * {@code known-gaps.txt} ({@code <area>/<case>  why}) are expected to fail.
 *
 * <p>This is what {@code claimcheck rules test} runs, and a rule pack's own JUnit tests can call
 * {@link #assertAllAsExpected(Path)}: it throws {@link AssertionError}, which every test framework reports
 * as a failure.
 */
public final class FixtureRunner {

    private static final String EXPECTED_SUFFIX = ".expected.json";

    private final ClaimChecker checker;

    /** Creates a runner over a checker and its rules. */
    public FixtureRunner(ClaimChecker checker) {
        this.checker = checker;
    }

    /**
     * Runs every fixture under {@code folder}, in name order.
     *
     * @throws ClaimCheckException when the folder holds no fixtures, or a fixture's files cannot be read or
     *     parsed (naming the file)
     */
    public List<FixtureResult> run(Path folder) {
        Set<String> gaps = knownGaps(folder);
        List<FixtureResult> results = new ArrayList<>();
        for (String name : caseNames(folder)) {
            results.add(runCase(folder, name, gaps.contains(name)));
        }
        if (results.isEmpty()) {
            throw new ClaimCheckException(Location.of(folder.toString()), "no fixtures found",
                    "a fixture is <case>.txt with <case>.expected.json beside it", null);
        }
        return results;
    }

    /**
     * Runs every fixture under {@code folder} and throws when any is not as expected.
     *
     * @throws AssertionError listing each fixture that fails, with its differences
     */
    public void assertAllAsExpected(Path folder) {
        List<String> problems = new ArrayList<>();
        for (FixtureResult result : run(folder)) {
            if (!result.asExpected()) {
                problems.add(result.name() + (result.knownGap() ? ": listed in known-gaps.txt but passes now"
                        : ":\n    " + String.join("\n    ", result.differences())));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " fixture(s) not as expected:\n" + String.join("\n", problems));
        }
    }

    private FixtureResult runCase(Path folder, String name, boolean knownGap) {
        Path expectedFile = folder.resolve(name + EXPECTED_SUFFIX);
        JsonNode expected;
        try {
            expected = Json.mapper().readTree(expectedFile.toFile()).path("findings");
        } catch (IOException e) {
            throw new ClaimCheckException(Location.of(expectedFile.toString()), "cannot read fixture: " + e.getMessage(),
                    "the expected file is JSON: {\"findings\": [{\"kind\": ..., \"quotes\": [...]}]}", e);
        }
        Path together = folder.resolve(name);
        Outcome outcome = Files.isDirectory(together) ? checkTogether(together) : checkAlone(folder.resolve(name + ".txt"), name);
        return compare(name, expected, outcome, knownGap);
    }

    /** The texts a fixture's quotes are looked up in, by document id, and what the rules found. */
    private record Outcome(Map<String, String> texts, List<Finding> findings, List<String> errors) {
    }

    private Outcome checkAlone(Path textFile, String name) {
        String text;
        try {
            text = Files.readString(textFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClaimCheckException(Location.of(textFile.toString()), "cannot read fixture: " + e.getMessage(),
                    "a fixture is <case>.txt beside <case>.expected.json", e);
        }
        DocumentReport report = checker.check(Article.of(name, textFile.toString(), text));
        return new Outcome(Map.of(name, text), report.findings(),
                report.error().map(e -> List.of(e.describe())).orElse(List.of()));
    }

    /** A folder fixture: every article in it is checked together, and all findings count. */
    private Outcome checkTogether(Path folder) {
        TogetherReport report = checker.checkTogether(new ArticleReader(Long.MAX_VALUE).read(folder));
        Map<String, String> texts = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>(report.across());
        List<String> errors = new ArrayList<>();
        for (DocumentReport d : report.documents()) {
            texts.put(d.id(), d.text());
            findings.addAll(d.findings());
            d.error().ifPresent(e -> errors.add(e.describe()));
        }
        report.error().ifPresent(e -> errors.add(e.describe()));
        return new Outcome(texts, findings, errors);
    }

    private static FixtureResult compare(String name, JsonNode expected, Outcome outcome, boolean knownGap) {
        List<String> differences = new ArrayList<>();
        outcome.errors().forEach(e -> differences.add("error: " + e));
        Map<String, String> texts = outcome.texts();
        List<String> expectedLines = new ArrayList<>();
        for (JsonNode want : expected) {
            expectedLines.add(describe(want));
            for (JsonNode quote : want.path("quotes")) {
                if (texts.values().stream().noneMatch(t -> t.contains(quote.asText()))) {
                    differences.add("quote not in the article: \"" + quote.asText() + "\"");
                }
            }
            if (outcome.findings().stream().noneMatch(f -> covers(texts, f, want))) {
                differences.add("missing    " + describe(want));
            }
        }
        List<String> actualLines = new ArrayList<>();
        for (Finding f : outcome.findings()) {
            actualLines.add(describe(f));
            boolean wanted = false;
            for (JsonNode want : expected) {
                wanted |= covers(texts, f, want);
            }
            if (!wanted) {
                differences.add("unexpected " + describe(f));
            }
        }
        return new FixtureResult(name, expectedLines, actualLines, differences, knownGap);
    }

    /** Whether every quote of {@code want} is overlapped by evidence in the document that holds the quote. */
    private static boolean covers(Map<String, String> texts, Finding finding, JsonNode want) {
        if (!finding.kind().equals(want.path("kind").asText())) {
            return false;
        }
        for (JsonNode quote : want.path("quotes")) {
            boolean covered = false;
            for (Map.Entry<String, String> doc : texts.entrySet()) {
                int start = doc.getValue().indexOf(quote.asText());
                int end = start + quote.asText().length();
                covered |= start >= 0 && finding.evidence().stream().anyMatch(e -> e.document().equals(doc.getKey())
                        && e.span().start() < end && start < e.span().end());
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    private static String describe(JsonNode want) {
        List<String> quotes = new ArrayList<>();
        want.path("quotes").forEach(q -> quotes.add("\"" + q.asText() + "\""));
        return want.path("kind").asText() + ": " + String.join(" | ", quotes);
    }

    private static String describe(Finding f) {
        return f.kind() + ": " + f.evidence().stream().map(Evidence::text).map(t -> "\"" + t + "\"")
                .collect(Collectors.joining(" | "));
    }

    private static List<String> caseNames(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(EXPECTED_SUFFIX))
                    .map(p -> p.substring(0, p.length() - EXPECTED_SUFFIX.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fixtures in " + folder, e);
        }
    }

    private static Set<String> knownGaps(Path folder) {
        Path file = folder.resolve("known-gaps.txt");
        if (!Files.exists(file)) {
            return Set.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0])
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
