package org.claimcheck.input;

import java.text.Normalizer;

/**
 * Normalizes article text once, before any offset is computed: Unicode NFC, {@code \r\n} and {@code \r}
 * to {@code \n}, a leading byte-order mark removed, and every control character but tab and newline
 * (ESC, BEL, DEL, the C1 range) and every lone surrogate replaced by U+FFFD, one for one. An article's
 * escape sequences can then never reach a terminal through a report, and every report format can encode
 * every character it quotes.
 *
 * <p>Nothing else is touched (no whitespace folding, no quote rewriting) so that offsets into the
 * normalized text match the text as a reader sees it.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Returns the normalized form of {@code raw}. */
    public static String normalize(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = withoutControls(text);
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String withoutControls(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < ' ' && c != '\n' && c != '\t' || c >= '\u007f' && c <= '\u009f';
            boolean lone = Character.isHighSurrogate(c) && !(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (control || lone) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = '\uFFFD';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
