package org.claimcheck.cli;


/** The process entry point: runs the command line and exits with its status. */
public final class Main {

    private Main() {
    }

    /** Runs claimcheck with {@code args} and exits. */
    public static void main(String[] args) {
        System.exit(ClaimCheckCommand.commandLine().execute(args));
    }
}
