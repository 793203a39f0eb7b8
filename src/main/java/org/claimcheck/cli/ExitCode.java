package org.claimcheck.cli;

/** The process exit codes, listed in {@code --help}. */
public enum ExitCode {
    /** Every input was processed, with no finding at or above --fail-on. */
    OK(0, "all inputs processed"),
    /** Findings at or above the --fail-on severity, or (rules test) a fixture that differs. */
    FINDINGS(1, "findings at or above --fail-on (default: warning); for rules test: a fixture differs"),
    /** The command line was wrong. */
    USAGE(2, "usage error"),
    /** Some inputs could not be read or checked; the others are in the report. */
    INPUT_FAILED(3, "some inputs failed (others still reported)"),
    /** The rules did not compile. */
    RULES_BROKEN(4, "rules failed to compile"),
    /** A bug in claimcheck. */
    INTERNAL(70, "internal error");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** Returns the numeric exit status. */
    public int code() {
        return code;
    }

    /** Returns what the status means, for --help. */
    public String meaning() {
        return meaning;
    }
}
