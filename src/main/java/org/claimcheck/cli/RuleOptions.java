package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.api.ClaimChecker;
import picocli.CommandLine.Option;

/** The options that choose which rules run, shared by every command that compiles rules. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR|FILE", description = "Add the .drl rules in this folder or file "
            + "to the bundled ones. Repeatable.")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--no-default-rules", description = "Run only the rules given with --rules.")
    boolean noDefaults;

    ClaimChecker build() {
        ClaimChecker.Builder builder = ClaimChecker.builder();
        if (noDefaults) {
            builder.withoutDefaultRules();
        }
        folders.forEach(builder::rules);
        return builder.build();
    }
}
