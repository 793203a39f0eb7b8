package org.claimcheck.engine;

/**
 * One error found while compiling rules.
 *
 * @param file the rule file
 * @param line 1-based line, or 0 when Drools does not say
 * @param column 1-based column, or 0 when Drools does not say
 * @param message what is wrong
 * @param hint how to fix it, or empty
 */
public record RuleProblem(String file, int line, int column, String message, String hint) {

    /** Formats the problem as {@code file:line:column: message}, then the hint. */
    @Override
    public String toString() {
        String where = file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        return where + ": " + message + (hint.isEmpty() ? "" : "\n  hint: " + hint);
    }
}
