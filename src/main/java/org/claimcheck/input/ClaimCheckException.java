package org.claimcheck.input;

/**
 * The root of every error claimcheck reports to a user: it carries where the problem is and a hint on
 * how to fix it.
 *
 * <p>User mistakes (an unreadable file, a broken rule) are subclasses of this and are printed as
 * {@code location: message} plus the hint, never as a stack trace. Anything else is a bug.
 */
public class ClaimCheckException extends RuntimeException {

    private final Location location;
    private final String hint;

    /**
     * Creates an error.
     *
     * @param location where the problem is
     * @param message what went wrong
     * @param hint how to fix it, or an empty string
     * @param cause the underlying exception, or null
     */
    public ClaimCheckException(Location location, String message, String hint, Throwable cause) {
        super(message, cause);
        this.location = location;
        this.hint = hint;
    }

    /** Returns where the problem is. */
    public Location location() {
        return location;
    }

    /** Returns how to fix the problem; empty when there is no useful advice. */
    public String hint() {
        return hint;
    }

    /** Formats the error for a person: {@code location: message}, then the hint on its own line. */
    public String describe() {
        String head = location + ": " + getMessage();
        return hint.isEmpty() ? head : head + "\n  hint: " + hint;
    }
}
