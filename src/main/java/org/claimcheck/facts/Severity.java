package org.claimcheck.facts;

import java.util.Locale;

/** How much a finding matters, from most to least. */
public enum Severity {
    /** Certainly wrong: the article cannot be right in both places. */
    ERROR,
    /** Probably a contradiction a person should look at. */
    WARNING,
    /** Worth knowing, not a contradiction: a figure only one interested party gives. */
    INFO;

    /** Returns the lower-case name the JSON report uses. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the label, as the command line and reports write it. */
    @Override
    public String toString() {
        return label();
    }

    /**
     * Parses a label such as {@code warning}, ignoring case.
     *
     * @throws IllegalArgumentException naming the valid labels when {@code label} is not one
     */
    public static Severity parse(String label) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(label.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "'; use error, warning or info");
    }
}
