package org.claimcheck.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void utf16WithAByteOrderMarkIsDecoded() {
        // given
        byte[] bytes = "\uFEFFThe toll rose to 12.".getBytes(StandardCharsets.UTF_16LE);

        // when
        DecodedText decoded = TextDecoder.decode(bytes, "a.txt");

        // then
        assertThat(decoded.text()).isEqualTo("The toll rose to 12.");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void windows1252IsDetectedAndNamedInAWarning() {
        // given
        byte[] bytes = ("Le café a fermé ; la mairie a dépensé 5 000 € pour la fête, a précisé l'élu. "
                + "Les riverains ont protesté à côté du marché.").getBytes(Charset.forName("windows-1252"));

        // when
        DecodedText decoded = TextDecoder.decode(bytes, "b.txt");

        // then
        assertThat(decoded.text()).contains("café", "5 000 €");
        assertThat(decoded.warnings()).singleElement().asString().contains("b.txt").contains("windows-1252");
    }

    @Test
    void undecodableBytesBecomeReplacementCharactersWithTheirByteOffset() {
        // given: a UTF-8 byte-order mark, then a byte that cannot start a UTF-8 sequence at offset 8
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'T', 'o', 'l', 'l', ' ', (byte) 0xFF, ' ', '4'};

        // when
        DecodedText decoded = TextDecoder.decode(bytes, "c.txt");

        // then
        assertThat(decoded.text()).isEqualTo("Toll \uFFFD 4");
        assertThat(decoded.warnings()).singleElement().asString().contains("c.txt").contains("byte offset 8");
    }

    @Test
    void nulBytesMakeABinaryFile() {
        // given
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 1};

        // when / then
        assertThatThrownBy(() -> TextDecoder.decode(bytes, "d.zip")).isInstanceOf(InputException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedWithAWarning() {
        // given
        byte[] little = "Police said 12 people died.".getBytes(StandardCharsets.UTF_16LE);
        byte[] big = "Police said 12 people died.".getBytes(StandardCharsets.UTF_16BE);

        // when / then
        assertThat(TextDecoder.decode(little, "le.txt").text()).isEqualTo("Police said 12 people died.");
        assertThat(TextDecoder.decode(little, "le.txt").warnings()).singleElement().asString().contains("UTF-16LE");
        assertThat(TextDecoder.decode(big, "be.txt").text()).isEqualTo("Police said 12 people died.");
    }

    @Test
    void bytesWithNulsAtBothParitiesAreStillBinary() {
        byte[] binary = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x41, 0x00, 0x00, 0x42};

        assertThatThrownBy(() -> TextDecoder.decode(binary, "x.zip")).isInstanceOf(InputException.class)
                .hasMessageContaining("binary");
    }
}
