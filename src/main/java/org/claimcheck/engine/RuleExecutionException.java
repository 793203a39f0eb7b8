package org.claimcheck.engine;

import org.claimcheck.input.ClaimCheckException;
import org.claimcheck.input.Location;

/**
 * A rule failed while checking one document: it threw, a condition failed on a fact, or it kept firing past
 * the limit. The document is reported with this error; the rest of a batch goes on.
 */
public class RuleExecutionException extends ClaimCheckException {

    /**
     * Creates the exception.
     *
     * @param document the id of the document being checked
     * @param rule the name of the failing rule
     * @param message what happened
     * @param hint how to fix it
     * @param cause what the rule threw, or null
     */
    public RuleExecutionException(String document, String rule, String message, String hint, Throwable cause) {
        super(Location.of(document), "rule \"" + rule + "\" " + message, hint, cause);
    }

    /**
     * Creates the exception when Drools does not say which rule failed (a condition, evaluated in the shared
     * network).
     *
     * @param document the id of the document being checked
     * @param message what happened
     * @param hint how to fix it
     * @param cause what was thrown
     */
    public RuleExecutionException(String document, String message, String hint, Throwable cause) {
        super(Location.of(document), message, hint, cause);
    }
}
