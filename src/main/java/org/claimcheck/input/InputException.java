package org.claimcheck.input;

/** An input that could not be read: missing, unreadable, empty, binary, too large or malformed. */
public class InputException extends ClaimCheckException {

    /**
     * Creates an input error.
     *
     * @param location the file, and line and column where known
     * @param message what is wrong with the input
     * @param hint how to fix it, or an empty string
     * @param cause the underlying exception, or null
     */
    public InputException(Location location, String message, String hint, Throwable cause) {
        super(location, message, hint, cause);
    }
}
