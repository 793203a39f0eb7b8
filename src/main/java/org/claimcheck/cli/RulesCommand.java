package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.engine.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code claimcheck rules}: list and validate rule files. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List or validate rules. The bundled rules come from the project's rules/ folder; "
                + "add your own with --rules DIR."},
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Validate.class},
        exitCodeListHeading = "%nExit codes:%n")
final class RulesCommand {

    /** {@code claimcheck rules list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List every rule with its file:line, kind, severity and description.", "",
                    "Example:  claimcheck rules list --rules my-rules/", ""})
    static final class ListRules implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            ClaimChecker checker = rules.build();
            PrintWriter out = spec.commandLine().getOut();
            for (RuleInfo rule : checker.rules()) {
                out.printf("%s:%d%n  \"%s\"%n  kind=%s severity=%s%n  %s%n%n", rule.file(), rule.line(), rule.name(),
                        rule.kind(), rule.severity(), rule.description());
            }
            out.flush();
            return ExitCode.OK.code();
        }
    }

    /** {@code claimcheck rules validate}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Compile rules and report every error as file:line:column: message, with a hint.", "",
                    "Example:  claimcheck rules validate --no-default-rules --rules my-rules/", ""},
            exitCodeListHeading = "%nExit codes:%n")
    static final class Validate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            ClaimChecker checker = rules.build();
            spec.commandLine().getOut().println(checker.rules().size() + " rule(s) compiled without errors.");
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        }
    }
}
