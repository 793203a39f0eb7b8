package org.claimcheck.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimcheck.engine.RuleCompilationException;
import org.claimcheck.input.ClaimCheckException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The top-level {@code claimcheck} command. */
@Command(name = "claimcheck", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Finds where news articles contradict themselves or each other: conflicting figures, "
                + "parts larger than their whole, disputed and unverified claims.", "",
                "Example:  claimcheck check --format text fixtures/numeric-conflict", "",
                "Rules are the bundled DRL files (the project's rules/ folder) plus any --rules folders."},
        subcommands = {CheckCommand.class, FactsCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n")
public final class ClaimCheckCommand {

    @Option(names = {"-v", "--verbose"}, description = "Log progress and details to stderr.", scope = CommandLine.ScopeType.INHERIT)
    void verbose(boolean on) {
        if (on) {
            ((Logger) LoggerFactory.getLogger("org.claimcheck")).setLevel(Level.DEBUG);
        }
    }

    private static void listExitCodes(CommandLine command, Map<String, String> codes) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        command.getSubcommands().values().forEach(sub -> listExitCodes(sub, codes));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void readEnumsInLowerCase(CommandLine root, CommandLine command) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (option.type().isEnum()) {
                root.registerConverter((Class) option.type(), new LowerCaseEnum(option.type()));
            }
        }
        command.getSubcommands().values().forEach(sub -> readEnumsInLowerCase(root, sub));
    }

    /**
     * Returns a configured command line: exit codes listed, user errors printed without stack traces, usage
     * errors as one line and a pointer to --help.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ClaimCheckCommand());
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.format("%3d", code.code()), code.meaning());
        }
        listExitCodes(cli, codes);
        readEnumsInLowerCase(cli, cli);
        cli.setParameterExceptionHandler((e, args) -> {
            // The one wrong thing and where help is: the full usage would bury it.
            CommandLine failed = e.getCommandLine();
            String command = failed.getCommandSpec().qualifiedName();
            failed.getErr().println(command + ": " + e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, failed.getErr());
            failed.getErr().println("see '" + command + " --help'");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof RuleCompilationException broken) {
                commandLine.getErr().println(broken.describe());
                return ExitCode.RULES_BROKEN.code();
            }
            if (e instanceof ClaimCheckException user) {
                commandLine.getErr().println("claimcheck: " + user.describe());
                return ExitCode.USAGE.code();
            }
            commandLine.getErr().println("claimcheck: internal error, please report it:");
            e.printStackTrace(commandLine.getErr());
            return ExitCode.INTERNAL.code();
        });
        return cli;
    }
}
