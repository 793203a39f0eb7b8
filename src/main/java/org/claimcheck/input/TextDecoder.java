package org.claimcheck.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns file bytes into text: a byte-order mark decides (UTF-8, UTF-16); otherwise strict UTF-8; failing
 * that, ICU's detector picks the encoding (Windows-1252, Latin-1, …); failing that, UTF-8 with
 * replacement characters and a warning giving the first bad byte's offset.
 *
 * <p>UTF-16 without a byte-order mark is recognised by its NUL bytes at one parity, with a warning. Other
 * files with NUL bytes are binary and refused.
 */
public final class TextDecoder {

    /** Detector confidence (0–100) below which its guess is not trusted. */
    private static final int CONFIDENCE = 35;
    /** How many leading bytes tell UTF-16 without a byte-order mark from binary data. */
    private static final int UTF16_SNIFF = 4096;

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes} read from {@code where}.
     *
     * @throws InputException when the bytes are binary
     */
    public static DecodedText decode(byte[] bytes, String where) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8, where);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE, where);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE, where);
        }
        Optional<Charset> utf16 = utf16WithoutMark(bytes);
        if (utf16.isPresent()) {
            DecodedText decoded = lenient(bytes, 0, utf16.get(), where);
            List<String> warnings = new ArrayList<>(decoded.warnings());
            warnings.add(where + ": no byte-order mark; read as " + utf16.get().name()
                    + " (every other byte is NUL, as in UTF-16 text)");
            return new DecodedText(decoded.text(), decoded.charset(), List.copyOf(warnings));
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(Location.of(where), "binary file (contains NUL bytes)",
                        "claimcheck reads text, HTML, JSON and JSONL", null);
            }
        }
        try {
            return new DecodedText(strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8",
                    List.of());
        } catch (CharacterCodingException notUtf8) {
            CharsetMatch match = new CharsetDetector().setText(bytes).detect();
            if (match != null && match.getConfidence() >= CONFIDENCE && Charset.isSupported(match.getName())
                    && !match.getName().startsWith("UTF")) {
                Charset charset = Charset.forName(match.getName());
                DecodedText decoded = lenient(bytes, 0, charset, where);
                List<String> warnings = new ArrayList<>(decoded.warnings());
                warnings.add(0, where + ": not UTF-8; read as " + charset.name() + " (detector confidence "
                        + match.getConfidence() + ")");
                return new DecodedText(decoded.text(), charset.name(), warnings);
            }
            return lenient(bytes, 0, StandardCharsets.UTF_8, where);
        }
    }

    /** Decodes with replacement characters, warning at the first byte that could not be decoded. */
    /**
     * UTF-16 written without a byte-order mark: in the first few kilobytes, nearly every byte at one parity
     * is NUL and almost none at the other, as text in Latin script is when each character takes two bytes.
     * Binary data has NULs at both parities.
     */
    private static Optional<Charset> utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, UTF16_SNIFF) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddNul * 10 >= pairs * 9 && evenNul * 20 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenNul * 10 >= pairs * 9 && oddNul * 20 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static DecodedText lenient(byte[] bytes, int skip, Charset charset, String where) {
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharsetDecoder decoder = strict(charset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        List<String> warnings = new ArrayList<>();
        int bad = 0;
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (bad == 0) {
                    warnings.add(where + ": undecodable bytes at byte offset " + in.position()
                            + " replaced with \uFFFD (read as " + charset.name() + ")");
                }
                bad += result.length();
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            } else {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        if (bad > 1) {
            warnings.set(0, warnings.get(0) + "; " + bad + " bytes in all");
        }
        return new DecodedText(out.toString(), charset.name(), warnings);
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
