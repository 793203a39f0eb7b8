package org.claimcheck.cli;

import java.io.PrintWriter;

/**
 * Shows how a batch is going on stderr: a line rewritten in place on a terminal, a plain line every few
 * seconds otherwise, nothing with {@code --quiet}. Never touches stdout, which carries the report.
 */
final class Progress {

    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private long documents;
    private long failed;

    Progress(PrintWriter err, boolean enabled, boolean terminal) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = terminal;
    }

    /** Counts one document and shows progress when it is time to. */
    void counted(boolean ok) {
        documents++;
        failed += ok ? 0 : 1;
        long now = System.nanoTime();
        if (enabled && now - lastShown >= (terminal ? TERMINAL_INTERVAL_NANOS : PLAIN_INTERVAL_NANOS)) {
            lastShown = now;
            show(now, false);
        }
    }

    /** Shows the final count, when the batch was long enough to have shown progress. */
    void done() {
        if (enabled && lastShown != started) {
            show(System.nanoTime(), true);
        }
    }

    private void show(long now, boolean last) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        String line = String.format("claimcheck: %,d document(s) checked, %,d failed, %,.0f/s", documents, failed,
                documents / seconds);
        if (terminal) {
            err.print("\r" + line + (last ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }
}
