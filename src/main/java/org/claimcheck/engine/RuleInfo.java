package org.claimcheck.engine;

/**
 * What {@code rules list} shows about one rule.
 *
 * @param name the rule's name
 * @param file the file it is in
 * @param line the 1-based line of its {@code rule} keyword
 * @param kind the {@code @kind} metadata
 * @param severity the {@code @severity} metadata
 * @param description the {@code @description} metadata, or empty
 */
public record RuleInfo(String name, String file, int line, String kind, String severity, String description) {
}
