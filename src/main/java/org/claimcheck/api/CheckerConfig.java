package org.claimcheck.api;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link ClaimChecker} is built from, as a small serializable value: ship it to the workers of a
 * distributed job and build one checker per worker JVM from it.
 *
 * @param ruleFolders rule folders or DRL files, as paths the worker can read
 * @param defaultRules whether the bundled rules run too
 */
public record CheckerConfig(List<String> ruleFolders, boolean defaultRules) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The bundled rules and nothing else. */
    public static final CheckerConfig DEFAULT = new CheckerConfig(List.of(), true);

    /** Copies the folder list. */
    public CheckerConfig {
        ruleFolders = List.copyOf(ruleFolders);
    }

    /** Returns a builder set up with this configuration. */
    public ClaimChecker.Builder toBuilder() {
        ClaimChecker.Builder builder = ClaimChecker.builder();
        ruleFolders.forEach(folder -> builder.rules(Path.of(folder)));
        return defaultRules ? builder : builder.withoutDefaultRules();
    }
}
