package io.camelspeech.benchmarks;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** WAV inputs: what is uploaded does not matter to these benchmarks, only how much and how often. */
final class TestAudio {

    private static final int HEADER_BYTES = 44;
    private static final int SAMPLE_RATE = 22_050;
    private static final int BYTES_PER_SECOND = SAMPLE_RATE * 2;

    private TestAudio() {
    }

    /** A valid 0.1 s mono 16-bit WAV of silence. */
    static byte[] tinyWav() {
        int dataBytes = BYTES_PER_SECOND / 10;
        ByteBuffer wav = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(header(HEADER_BYTES + dataBytes));
        return wav.array();
    }

    /** A WAV of {@code size} bytes: a valid header, then a sparse hole of silence that costs no disk. */
    static Path sparseWav(Path path, long size) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.write(header(size));
            file.setLength(size);
        }
        return path;
    }

    /** The duration a WAV of {@code size} bytes made by this class lasts. */
    static double seconds(long size) {
        return (double) (size - HEADER_BYTES) / BYTES_PER_SECOND;
    }

    private static byte[] header(long size) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt((int) (size - 8)).put(ascii("WAVE"))
                .put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(SAMPLE_RATE)
                .putInt(BYTES_PER_SECOND).putShort((short) 2).putShort((short) 16)
                .put(ascii("data")).putInt((int) (size - HEADER_BYTES));
        return header.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
