package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the text report is coloured. */
class ColorModeTest {

    @Test
    void autoColoursOnATerminalOnly() {
        assertThat(ColorMode.AUTO.colors(true, "")).isTrue();
        assertThat(ColorMode.AUTO.colors(false, "")).isFalse();
    }

    @Test
    void autoHonoursNoColor() {
        assertThat(ColorMode.AUTO.colors(true, "1")).isFalse();
    }

    @Test
    void alwaysOverridesNoColorAndNeverOverridesTheTerminal() {
        assertThat(ColorMode.ALWAYS.colors(false, "1")).isTrue();
        assertThat(ColorMode.NEVER.colors(true, "")).isFalse();
    }
}
