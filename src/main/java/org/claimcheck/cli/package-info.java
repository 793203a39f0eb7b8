/**
 * The command line: picocli commands that parse arguments, call {@link org.claimcheck.api.ClaimChecker}
 * and hand results to {@code report}. stdout carries only the report; diagnostics go to stderr.
 */
package org.claimcheck.cli;
