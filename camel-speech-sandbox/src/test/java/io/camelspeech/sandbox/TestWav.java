package io.camelspeech.sandbox;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Silent PCM WAV files of an exact duration, small ones in memory and long ones streamed (never held whole). */
final class TestWav {

    static final int HEADER_BYTES = 44;

    private TestWav() {
    }

    /** 8-bit mono at {@code sampleRate} Hz: one byte per sample, so the size is the sample count plus 44. */
    static byte[] silence(double seconds, int sampleRate) {
        int dataBytes = (int) Math.round(seconds * sampleRate);
        byte[] wav = new byte[HEADER_BYTES + dataBytes];
        Arrays.fill(wav, (byte) 0x80);
        System.arraycopy(header(dataBytes, sampleRate), 0, wav, 0, HEADER_BYTES);
        return wav;
    }

    /** A body publisher for a long silent WAV, generated while it is sent. */
    static HttpRequest.BodyPublisher streamed(double seconds, int sampleRate) {
        long dataBytes = Math.round(seconds * sampleRate);
        byte[] header = header(dataBytes, sampleRate);
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                new SequenceInputStream(new ByteArrayInputStream(header), filled(dataBytes, (byte) 0x80))), HEADER_BYTES + dataBytes);
    }

    private static byte[] header(long dataBytes, int sampleRate) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes))
                .put("WAVE".getBytes(StandardCharsets.US_ASCII));
        header.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate).putShort((short) 1).putShort((short) 8);
        header.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        return header.array();
    }

    /** {@code count} bytes of {@code value} (0x80 is silence in 8-bit WAV), generated while they are read. */
    static InputStream filled(long count, byte value) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return value & 0xff;
            }

            @Override
            public int read(byte[] buffer, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(buffer, off, off + n, value);
                left -= n;
                return n;
            }
        };
    }
}
