package io.camelspeech.sandbox.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Audio inputs for tests and benchmarks, where what matters is that an input is valid (or deliberately not), how
 * long it lasts and how large it is — not how it sounds. Everything large is generated while it is read, or is a
 * sparse file, so a test can send hundreds of megabytes from a small heap without using disk.
 */
public final class TestAudio {

    /** The size of the canonical PCM WAV header every WAV here starts with. */
    public static final int WAV_HEADER_BYTES = 44;
    /** Mono 16-bit PCM at 22,050 Hz: what the providers' speech uses. */
    public static final Wav SPEECH = new Wav(22_050, 1, 16);

    // the magic bytes by which the sandbox and the component tell formats apart
    private static final byte[] MP3_MAGIC = ascii("ID3");
    private static final byte[] OGG_MAGIC = ascii("OggS");
    private static final byte[] FLAC_MAGIC = ascii("fLaC");

    private TestAudio() {
    }

    /**
     * A PCM WAV format. Silence is 0 for 16-bit samples and 0x80 for 8-bit ones, whose files are one byte per sample
     * (mono): their sizes are easy to assert.
     */
    public record Wav(int sampleRate, int channels, int bitsPerSample) {

        public Wav {
            if (sampleRate <= 0 || channels < 1 || (bitsPerSample != 8 && bitsPerSample != 16)) {
                throw new IllegalArgumentException("unsupported WAV: " + sampleRate + " Hz, " + channels
                        + " channels, " + bitsPerSample + " bits");
            }
        }

        /** 8-bit mono: a file of {@code n} samples is {@code n + 44} bytes. */
        public static Wav pcm8(int sampleRate) {
            return new Wav(sampleRate, 1, 8);
        }

        public static Wav pcm16(int sampleRate, int channels) {
            return new Wav(sampleRate, channels, 16);
        }

        public int bytesPerSecond() {
            return sampleRate * channels * bitsPerSample / 8;
        }

        /** The data bytes of {@code seconds} of audio (whole frames). */
        public long dataBytes(double seconds) {
            return Math.round(seconds * sampleRate) * channels * bitsPerSample / 8;
        }

        /** How long a file of {@code size} bytes in this format lasts. */
        public double seconds(long size) {
            return (double) (size - WAV_HEADER_BYTES) / bytesPerSecond();
        }

        /** The 44-byte header of a file with {@code dataBytes} of samples. */
        public byte[] header(long dataBytes) {
            ByteBuffer header = ByteBuffer.allocate(WAV_HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            header.put(ascii("RIFF")).putInt((int) (WAV_HEADER_BYTES - 8 + dataBytes)).put(ascii("WAVE"))
                    .put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) channels).putInt(sampleRate)
                    .putInt(bytesPerSecond()).putShort((short) (channels * bitsPerSample / 8))
                    .putShort((short) bitsPerSample)
                    .put(ascii("data")).putInt((int) dataBytes);
            return header.array();
        }

        /** {@code seconds} of silence, in memory. */
        public byte[] silence(double seconds) {
            long dataBytes = dataBytes(seconds);
            byte[] wav = new byte[Math.toIntExact(WAV_HEADER_BYTES + dataBytes)];
            Arrays.fill(wav, silentByte());
            System.arraycopy(header(dataBytes), 0, wav, 0, WAV_HEADER_BYTES);
            return wav;
        }

        /** {@code seconds} of silence, generated while it is read. */
        public InputStream silenceStream(double seconds) {
            long dataBytes = dataBytes(seconds);
            return new SequenceInputStream(new ByteArrayInputStream(header(dataBytes)), filled(dataBytes, silentByte()));
        }

        /** {@code seconds} of silence as a request body with a known length, generated while it is sent. */
        public HttpRequest.BodyPublisher silencePublisher(double seconds) {
            return HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> silenceStream(seconds)),
                    WAV_HEADER_BYTES + dataBytes(seconds));
        }

        /** Writes {@code seconds} of silence to {@code path}, block by block. */
        public Path writeSilence(Path path, double seconds) throws IOException {
            try (InputStream in = silenceStream(seconds); OutputStream out = Files.newOutputStream(path)) {
                in.transferTo(out);
            }
            return path;
        }

        /** A file of exactly {@code size} bytes: a valid header, then a sparse hole (silence) that uses no disk. */
        public Path sparse(Path path, long size) throws IOException {
            if (size < WAV_HEADER_BYTES) {
                throw new IllegalArgumentException("a WAV needs at least " + WAV_HEADER_BYTES + " bytes, not " + size);
            }
            try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
                file.write(header(size - WAV_HEADER_BYTES));
                file.setLength(size);
            }
            return path;
        }

        private byte silentByte() {
            return bitsPerSample == 8 ? (byte) 0x80 : 0;
        }
    }

    /** A valid 0.1 s WAV of silence in the speech format (4,454 bytes). */
    public static byte[] tinyWav() {
        return SPEECH.silence(0.1);
    }

    /**
     * A tiny valid WAV in the speech format (400 samples) whose bytes differ per {@code index}, for tests that need
     * distinct inputs (different hashes) rather than speech.
     */
    public static byte[] distinctWav(int index) {
        byte[] wav = SPEECH.silence(400.0 / SPEECH.sampleRate());
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(WAV_HEADER_BYTES, index);
        return wav;
    }

    /** {@code size} bytes an audio sniffer takes for MP3 (an ID3 tag's start), zeros after it; not playable. */
    public static byte[] mp3(int size) {
        return headed(MP3_MAGIC, size);
    }

    /** {@code size} bytes an audio sniffer takes for Ogg (a page's capture pattern), zeros after it. */
    public static byte[] ogg(int size) {
        return headed(OGG_MAGIC, size);
    }

    /** {@code size} bytes an audio sniffer takes for FLAC (its stream marker), zeros after it. */
    public static byte[] flac(int size) {
        return headed(FLAC_MAGIC, size);
    }

    /** {@code size} bytes sniffed as MP3, generated while they are read. */
    public static InputStream mp3Stream(long size) {
        return new SequenceInputStream(new ByteArrayInputStream(MP3_MAGIC), filled(size - MP3_MAGIC.length, (byte) 0));
    }

    /** {@code count} bytes of {@code value}, generated while they are read. */
    public static InputStream filled(long count, byte value) {
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

    /**
     * {@code size} bytes of noise that is no audio format at all, generated while it is read; {@link Noise#sha256()}
     * tells the hash of what was read, which the sandbox's wire log should show.
     */
    public static Noise noise(long size) {
        return new Noise(size);
    }

    /** See {@link #noise(long)}. */
    public static final class Noise extends InputStream {

        private static final byte[] BLOCK = block();

        private final long size;
        private final MessageDigest sha256;
        private long position;

        private Noise(long size) {
            this.size = size;
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime must provide SHA-256", e);
            }
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(len, size - position);
            int written = 0;
            while (written < count) {
                int inBlock = (int) ((position + written) % BLOCK.length);
                int chunk = Math.min(count - written, BLOCK.length - inBlock);
                System.arraycopy(BLOCK, inBlock, buffer, off + written, chunk);
                written += chunk;
            }
            sha256.update(buffer, off, count);
            position += count;
            return count;
        }

        /** SHA-256 of everything read so far (all of it once the stream is exhausted), in lower-case hex. */
        public String sha256() {
            return HexFormat.of().formatHex(sha256.digest());
        }

        // 64 KiB of xorshift noise, repeated; its first byte rules out every audio format's magic
        private static byte[] block() {
            byte[] block = new byte[64 * 1024];
            long state = 0x9E3779B97F4A7C15L;
            for (int i = 0; i < block.length; i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                block[i] = (byte) state;
            }
            block[0] = 0x00;
            return block;
        }
    }

    private static byte[] headed(byte[] magic, int size) {
        if (size < magic.length) {
            throw new IllegalArgumentException("at least " + magic.length + " bytes are needed, not " + size);
        }
        return Arrays.copyOf(magic, size);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
