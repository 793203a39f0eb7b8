package org.claimcheck.input;

import java.util.List;

/**
 * Text decoded from bytes, with what the decoder had to guess or repair.
 *
 * @param text the decoded characters
 * @param charset the character set used
 * @param warnings what a user should know: a guessed encoding, undecodable bytes and their offsets
 */
public record DecodedText(String text, String charset, List<String> warnings) {

    /** Copies the warnings. */
    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
