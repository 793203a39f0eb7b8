package org.claimcheck.input;

import java.text.Normalizer;

/**
 * Normalizes article text once, before any offset is computed: Unicode NFC, {@code \r\n} and {@code \r}
 * to {@code \n}, and a leading byte-order mark removed.
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
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
