package io.camelspeech.component.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioFormatTest {

    @ParameterizedTest
    @CsvSource({
            "52494646000000005741564566, WAV",
            "4f67675300020000000000000000, OGG",
            "664c614300000022, FLAC",
            "494433040000000000, MP3",
            "fffb9064000000, MP3",
            "1a45dfa3a3428681, WEBM",
            "000000206674797049534f4d, MP4",
            "00000020667479704d344120, M4A" })
    void recognisesContainersFromTheirLeadingBytes(String hex, AudioFormat expected) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);
        assertThat(AudioFormat.detect(bytes, bytes.length)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "RIFF", "hello world, this is text", "RIFF0000AVI LIST" })
    void refusesWhatIsNotAudio(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(AudioFormat.detect(bytes, bytes.length)).isNull();
    }
}
