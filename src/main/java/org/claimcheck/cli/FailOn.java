package org.claimcheck.cli;

import java.util.Locale;
import org.claimcheck.facts.Severity;

/** The {@code --fail-on} threshold: the least severe finding that makes {@code check} exit with status 1. */
enum FailOn {
    /** Exit 0 whatever is found: for reports only. */
    NEVER,
    /** Fail on any finding. */
    INFO,
    /** Fail on warnings and errors: the default, as linters do. */
    WARNING,
    /** Fail on errors only. */
    ERROR;

    /** Returns whether a finding of {@code severity} makes the run fail. */
    boolean failsOn(Severity severity) {
        return this != NEVER && severity.compareTo(Severity.valueOf(name())) <= 0;
    }

    /** Returns the lower-case name used on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
