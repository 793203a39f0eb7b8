package org.claimcheck.engine;

/**
 * What {@code rules list} and {@code rules explain} show about one rule.
 *
 * @param name the rule's name
 * @param file the file it is in
 * @param line the 1-based line of its {@code rule} keyword
 * @param emits whether its consequence reports findings ({@code emit(...)}); a helper rule that only
 *     derives facts ({@code insertLogical(...)}) does not, and needs no kind, severity or fixture
 * @param kind the {@code @kind} metadata, or empty for a helper rule without it
 * @param severity the {@code @severity} metadata, or empty for a helper rule without it
 * @param description the {@code @description} metadata, or empty
 * @param fileComment the comment that opens its file (the contradiction it finds, an example, the near-misses),
 *     without the comment marks; empty when the file starts without one
 */
public record RuleInfo(String name, String file, int line, boolean emits, String kind, String severity,
        String description, String fileComment) {
}
