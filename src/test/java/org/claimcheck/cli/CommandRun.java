package org.claimcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the command line in the test's own process, with stdout and stderr captured.
 *
 * @param exit the exit status
 * @param out what was written to stdout
 * @param err what was written to stderr
 */
record CommandRun(int exit, String out, String err) {

    /** Runs claimcheck with {@code args}. */
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ClaimCheckCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
