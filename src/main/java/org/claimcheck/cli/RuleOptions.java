package org.claimcheck.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.engine.RuleEngine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options that choose which rules run, shared by every command that compiles rules. */
final class RuleOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR|FILE", description = "Add the .drl rules in this folder or file "
            + "to the bundled ones. Repeatable.")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--no-default-rules", description = "Run only the rules given with --rules.")
    boolean noDefaults;

    @Option(names = "--rule-time-limit", paramLabel = "SECONDS", description = "Stop a document's rules after this "
            + "many seconds and report the document as failed, naming the rule (default: ${DEFAULT-VALUE}).")
    double timeLimitSeconds = RuleEngine.DEFAULT_TIME_LIMIT.toMillis() / 1000.0;

    ClaimChecker build() {
        if (!(timeLimitSeconds > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rule-time-limit must be a positive number of seconds, was " + timeLimitSeconds);
        }
        ClaimChecker.Builder builder = ClaimChecker.builder().ruleTimeLimit(Duration.ofMillis(Math.round(timeLimitSeconds * 1000)));
        if (noDefaults) {
            builder.withoutDefaultRules();
        }
        folders.forEach(builder::rules);
        return builder.build();
    }
}
