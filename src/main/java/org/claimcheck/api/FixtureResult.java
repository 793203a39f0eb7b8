package org.claimcheck.api;

import java.util.List;

/**
 * The outcome of one fixture: an article checked against the findings written down for it.
 *
 * @param name the fixture's name, {@code <area>/<case>} relative to the fixtures folder
 * @param expected the expected findings, as {@code kind: "quote" | "quote"} lines
 * @param actual the findings the rules produced, as {@code kind: "evidence" | "evidence"} lines
 * @param differences what is missing and what is unexpected; empty when the fixture passes
 * @param knownGap whether the fixture is listed in the folder's {@code known-gaps.txt}, where it is
 *     expected to fail
 */
public record FixtureResult(String name, List<String> expected, List<String> actual, List<String> differences,
        boolean knownGap) {

    /** Copies the lists. */
    public FixtureResult {
        expected = List.copyOf(expected);
        actual = List.copyOf(actual);
        differences = List.copyOf(differences);
    }

    /** Returns whether the outcome is as it should be: a clean pass, or a known gap that still fails. */
    public boolean asExpected() {
        return knownGap != differences.isEmpty();
    }
}
