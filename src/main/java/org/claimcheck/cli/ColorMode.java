package org.claimcheck.cli;

import java.util.Locale;

/** The {@code --color} choice: whether the text report uses ANSI colours. */
enum ColorMode {
    /** Colour on a terminal, unless the NO_COLOR environment variable is set (no-color.org). */
    AUTO,
    /** Always colour, even into a file or a pipe, and whatever NO_COLOR says. */
    ALWAYS,
    /** Never colour. */
    NEVER;

    /**
     * Returns whether to colour.
     *
     * @param terminal whether the report goes to a terminal
     * @param noColor the NO_COLOR environment variable, empty when unset
     */
    boolean colors(boolean terminal, String noColor) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            // no-color.org: an empty NO_COLOR is as if it were unset.
            case AUTO -> terminal && noColor.isEmpty();
        };
    }

    /** Returns the lower-case name used on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
