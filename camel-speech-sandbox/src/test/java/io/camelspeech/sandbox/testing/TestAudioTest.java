package io.camelspeech.sandbox.testing;

import io.camelspeech.sandbox.audio.AudioFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class TestAudioTest {

    @Test
    void wavsHaveTheSizeAndHeaderTheirFormatImplies() throws IOException {
        byte[] eightBit = TestAudio.Wav.pcm8(8000).silence(3);
        assertThat(eightBit).hasSize(3 * 8000 + TestAudio.WAV_HEADER_BYTES);
        assertThat(eightBit[TestAudio.WAV_HEADER_BYTES]).isEqualTo((byte) 0x80);
        assertThat(AudioFormats.detect(eightBit, eightBit.length)).isEqualTo(AudioFormats.WAV);

        TestAudio.Wav stereo = TestAudio.Wav.pcm16(48_000, 2);
        byte[] wav = stereo.silence(0.5);
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getInt(4)).isEqualTo(wav.length - 8);
        assertThat(header.getShort(22)).isEqualTo((short) 2);
        assertThat(header.getInt(24)).isEqualTo(48_000);
        assertThat(header.getInt(40)).isEqualTo(wav.length - TestAudio.WAV_HEADER_BYTES);
        try (InputStream streamed = stereo.silenceStream(0.5)) {
            assertThat(streamed.readAllBytes()).isEqualTo(wav);
        }
    }

    @Test
    void tinyAndDistinctWavsAreValidAndDiffer() {
        assertThat(TestAudio.tinyWav()).hasSize(4454);
        assertThat(TestAudio.distinctWav(1)).hasSize(TestAudio.WAV_HEADER_BYTES + 800)
                .isNotEqualTo(TestAudio.distinctWav(2));
        assertThat(Arrays.copyOf(TestAudio.distinctWav(1), 44)).isEqualTo(Arrays.copyOf(TestAudio.distinctWav(2), 44));
    }

    @Test
    void aSparseWavHasItsSizeAndDeclaresItsDuration(@TempDir Path dir) throws IOException {
        long size = 3L * 1024 * 1024 * 1024;
        Path wav = TestAudio.SPEECH.sparse(dir.resolve("long.wav"), size);
        assertThat(Files.size(wav)).isEqualTo(size);
        byte[] head = new byte[TestAudio.WAV_HEADER_BYTES];
        try (InputStream in = Files.newInputStream(wav)) {
            assertThat(in.readNBytes(head, 0, head.length)).isEqualTo(head.length);
        }
        assertThat(head).isEqualTo(TestAudio.SPEECH.header(size - TestAudio.WAV_HEADER_BYTES));
        assertThat(TestAudio.SPEECH.seconds(size)).isEqualTo((size - 44) / 44_100.0);
    }

    @Test
    void headersAreSniffedAsTheirFormats() throws IOException {
        assertThat(AudioFormats.detect(TestAudio.mp3(64), 64)).isEqualTo(AudioFormats.MP3);
        assertThat(AudioFormats.detect(TestAudio.ogg(64), 64)).isEqualTo(AudioFormats.OGG);
        assertThat(AudioFormats.detect(TestAudio.flac(64), 64)).isEqualTo(AudioFormats.FLAC);
        try (InputStream mp3 = TestAudio.mp3Stream(100_000)) {
            byte[] all = mp3.readAllBytes();
            assertThat(all).hasSize(100_000);
            assertThat(AudioFormats.detect(all, 64)).isEqualTo(AudioFormats.MP3);
        }
    }

    @Test
    void noiseTellsTheHashOfWhatWasRead() throws Exception {
        TestAudio.Noise noise = TestAudio.noise(200_000);
        byte[] read = noise.readAllBytes();
        assertThat(read).hasSize(200_000);
        assertThat(noise.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(read)));
        assertThat(AudioFormats.detect(read, 64)).isEqualTo(AudioFormats.UNKNOWN);
    }
}
