package org.claimcheck.api;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimcheck.engine.RuleEngine;

/**
 * What a {@link ClaimChecker} is built from, as a small serializable value: ship it to the workers of a
 * distributed job and build one checker per worker JVM from it.
 *
 * @param ruleFolders rule folders or DRL files, as paths the worker can read
 * @param defaultRules whether the bundled rules run too
 * @param ruleTimeLimitMillis the wall time one document's rules may take, in milliseconds
 */
public record CheckerConfig(List<String> ruleFolders, boolean defaultRules, long ruleTimeLimitMillis)
        implements Serializable {

    private static final long serialVersionUID = 2L;

    /** The bundled rules and nothing else, with the default time limit. */
    public static final CheckerConfig DEFAULT = new CheckerConfig(List.of(), true);

    /**
     * Copies the folder list.
     *
     * @throws IllegalArgumentException when the time limit is not positive
     */
    public CheckerConfig {
        ruleFolders = List.copyOf(ruleFolders);
        if (ruleTimeLimitMillis <= 0) {
            throw new IllegalArgumentException("the rule time limit must be positive, was " + ruleTimeLimitMillis + " ms");
        }
    }

    /** A configuration with the default rule time limit. */
    public CheckerConfig(List<String> ruleFolders, boolean defaultRules) {
        this(ruleFolders, defaultRules, RuleEngine.DEFAULT_TIME_LIMIT.toMillis());
    }

    /** Returns a builder set up with this configuration. */
    public ClaimChecker.Builder toBuilder() {
        ClaimChecker.Builder builder = ClaimChecker.builder().ruleTimeLimit(Duration.ofMillis(ruleTimeLimitMillis));
        ruleFolders.forEach(folder -> builder.rules(Path.of(folder)));
        return defaultRules ? builder : builder.withoutDefaultRules();
    }
}
