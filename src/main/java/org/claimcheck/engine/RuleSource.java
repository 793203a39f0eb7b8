package org.claimcheck.engine;

/**
 * The text of one DRL file and the name errors should point at.
 *
 * @param name the file as the user knows it ("rules/numeric-conflict.drl")
 * @param drl the DRL text
 */
public record RuleSource(String name, String drl) {
}
