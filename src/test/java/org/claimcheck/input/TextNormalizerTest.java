package org.claimcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void terminalControlsBecomeReplacementCharactersOneForOne() {
        String raw = "Police said\u001b]0;owned\u0007 5 died.\u009b";

        String text = TextNormalizer.normalize(raw);

        assertThat(text).isEqualTo("Police said\uFFFD]0;owned\uFFFD 5 died.\uFFFD").hasSameSizeAs(raw);
    }

    @Test
    void tabsNewlinesAndSurrogatePairsAreKept() {
        assertThat(TextNormalizer.normalize("A\tB\nC \uD83D\uDE00")).isEqualTo("A\tB\nC \uD83D\uDE00");
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() {
        assertThat(TextNormalizer.normalize("x\uD800y\uDC00")).isEqualTo("x\uFFFDy\uFFFD");
    }

    @Test
    void lineEndingsAndTheByteOrderMarkAreNormalized() {
        assertThat(TextNormalizer.normalize("\uFEFFone\r\ntwo\rthree")).isEqualTo("one\ntwo\nthree");
    }
}
