package io.camelspeech.sandbox.audio;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class UploadInspectorTest {

    @Test
    void headerIsReadWhateverHowTheBytesAreSplit() throws Exception {
        byte[] wav = sandboxWav("Spoken text, ünïcödé included.", 1.5);

        for (int chunk : new int[] {1, 3, 7, 44, 4096}) {
            InspectedAudio audio = inspect(wav, chunk);
            WavHeader header = audio.wav();
            assertThat(audio.format()).isEqualTo(AudioFormats.WAV);
            assertThat(header.comment()).isEqualTo("Spoken text, ünïcödé included.");
            assertThat(header.sampleRate()).isEqualTo(22_050);
            assertThat(header.channels()).isEqualTo(1);
            assertThat(header.durationSeconds(audio.size())).isEqualTo(1.5);
            assertThat(audio.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wav)));
        }
    }

    @Test
    void oddSizedUnknownChunksAreSkippedWithTheirPadding() {
        ByteBuffer wav = ByteBuffer.allocate(12 + 8 + 3 + 1 + 24 + 8 + 100).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(wav.capacity() - 8).put(ascii("WAVE"));
        wav.put(ascii("junk")).putInt(3).put(new byte[] {1, 2, 3, 0});
        wav.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 2).putInt(8_000).putInt(32_000)
                .putShort((short) 4).putShort((short) 16);
        wav.put(ascii("data")).putInt(0xFFFF_FFFF);

        InspectedAudio audio = inspect(wav.array(), 5);

        assertThat(audio.wav().channels()).isEqualTo(2);
        assertThat(audio.wav().comment()).isNull();
        assertThat(audio.wav().dataOffset()).isEqualTo(wav.capacity() - 100);
        assertThat(audio.wav().durationSeconds(audio.size())).isEqualTo(100 / 32_000.0);
    }

    @Test
    void formatsAreRecognisedFromMagicBytes() {
        assertThat(inspect(ascii("fLaC and more"), 64).format()).isEqualTo(AudioFormats.FLAC);
        assertThat(inspect(ascii("OggS and more"), 64).format()).isEqualTo(AudioFormats.OGG);
        assertThat(inspect(ascii("ID3 and more"), 64).format()).isEqualTo(AudioFormats.MP3);
        assertThat(inspect(new byte[] {(byte) 0xFF, (byte) 0xFB, 0x10, 0}, 64).format()).isEqualTo(AudioFormats.MP3);
        assertThat(inspect(new byte[] {(byte) 0xFF, (byte) 0xF1, 0x10, 0}, 64).format()).isEqualTo(AudioFormats.UNKNOWN);
        assertThat(inspect(ascii("\0\0\0\u0020ftypM4A "), 64).format()).isEqualTo(AudioFormats.M4A);
        assertThat(inspect(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, 64).format()).isEqualTo(AudioFormats.WEBM);
        assertThat(inspect(ascii("plain text"), 64).format()).isEqualTo(AudioFormats.UNKNOWN);
        assertThat(inspect(ascii("plain text"), 64).wav()).isNull();
    }

    private static InspectedAudio inspect(byte[] content, int chunk) {
        UploadInspector inspector = new UploadInspector();
        for (int offset = 0; offset < content.length; offset += chunk) {
            inspector.write(content, offset, Math.min(chunk, content.length - offset));
        }
        return inspector.result();
    }

    private static byte[] sandboxWav(String text, double seconds) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WavWriter.write(WavSpec.speech(text, seconds), out);
        assertThat((long) out.size()).isEqualTo(WavWriter.length(WavSpec.speech(text, seconds)));
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
