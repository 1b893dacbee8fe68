package io.camelspeech.component.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Duration of an audio file read from its own headers, without decoding and without reading the file whole: WAV
 * (data size / byte rate), FLAC (STREAMINFO samples), OGG (granule position of the last page), MP3 (Xing/first-frame
 * bitrate, constant bitrate assumed). Used to check duration limits before a paid call.
 */
public final class AudioDuration {

    private static final int[] MP3_BITRATES_V1_L3 = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 };

    private AudioDuration() {
    }

    /** @return seconds, or a negative number when the headers do not tell */
    public static double seconds(Path file, AudioFormat format) throws IOException {
        if (format == null) {
            return -1;
        }
        return switch (format) {
            case WAV -> wav(file);
            case FLAC -> flac(file);
            case OGG -> ogg(file);
            case MP3 -> mp3(file);
            default -> -1;
        };
    }

    private static double wav(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] riff = in.readNBytes(12);
            if (riff.length < 12) {
                return -1;
            }
            long byteRate = 0;
            while (true) {
                byte[] header = in.readNBytes(8);
                if (header.length < 8) {
                    return -1;
                }
                ByteBuffer chunk = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
                String id = new String(header, 0, 4, java.nio.charset.StandardCharsets.US_ASCII);
                long size = Integer.toUnsignedLong(chunk.getInt(4));
                if (id.equals("fmt ")) {
                    byte[] fmt = in.readNBytes((int) size);
                    byteRate = Integer.toUnsignedLong(ByteBuffer.wrap(fmt).order(ByteOrder.LITTLE_ENDIAN).getInt(8));
                    size = 0;
                } else if (id.equals("data")) {
                    long available = Files.size(file) - 12 - 8; // a streamed WAV may announce more than it holds
                    return byteRate == 0 ? -1 : Math.min(size, available) / (double) byteRate;
                }
                in.skipNBytes(size + (size & 1));
            }
        }
    }

    private static double flac(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4 + 4 + 34);
            if (head.length < 42) {
                return -1;
            }
            ByteBuffer info = ByteBuffer.wrap(head, 8, 34);
            long bits = info.getLong(8 + 10); // sample rate (20) channels (3) bps (5) total samples (36)
            long sampleRate = bits >>> 44;
            long totalSamples = bits & 0xFFFFFFFFFL;
            return sampleRate == 0 ? -1 : totalSamples / (double) sampleRate;
        }
    }

    private static double ogg(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] first = new byte[(int) Math.min(raf.length(), 4096)];
            raf.readFully(first);
            long sampleRate = oggSampleRate(first);
            int tail = (int) Math.min(raf.length(), 65536);
            byte[] end = new byte[tail];
            raf.seek(raf.length() - tail);
            raf.readFully(end);
            for (int i = tail - 14; i >= 0; i--) {
                if (end[i] == 'O' && end[i + 1] == 'g' && end[i + 2] == 'g' && end[i + 3] == 'S') {
                    long granule = ByteBuffer.wrap(end, i + 6, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
                    return sampleRate <= 0 ? -1 : granule / (double) sampleRate;
                }
            }
            return -1;
        }
    }

    /** Vorbis identification header carries the rate; Opus always counts granules at 48 kHz. */
    private static long oggSampleRate(byte[] firstPages) {
        String text = new String(firstPages, java.nio.charset.StandardCharsets.ISO_8859_1);
        int vorbis = text.indexOf("\u0001vorbis");
        if (vorbis >= 0 && vorbis + 16 <= firstPages.length) {
            return Integer.toUnsignedLong(ByteBuffer.wrap(firstPages, vorbis + 12, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        }
        return text.contains("OpusHead") ? 48000 : -1;
    }

    private static double mp3(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64 * 1024);
            int offset = 0;
            if (head.length > 10 && head[0] == 'I' && head[1] == 'D' && head[2] == '3') {
                offset = 10 + ((head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F));
            }
            for (int i = offset; i + 4 < head.length; i++) {
                if ((head[i] & 0xFF) == 0xFF && (head[i + 1] & 0xE0) == 0xE0) {
                    int bitrateIndex = (head[i + 2] & 0xF0) >> 4;
                    int rateIndex = (head[i + 2] & 0x0C) >> 2;
                    if (bitrateIndex == 0 || bitrateIndex > 14 || rateIndex > 2) {
                        continue;
                    }
                    long audioBytes = Files.size(file) - i;
                    return audioBytes * 8.0 / (MP3_BITRATES_V1_L3[bitrateIndex] * 1000.0);
                }
            }
            return -1;
        }
    }
}
