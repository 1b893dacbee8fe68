package io.camelspeech.sandbox.audio;

import java.nio.charset.StandardCharsets;

/** Recognises an audio container from its first bytes (magic numbers), never from names or declared types. */
public final class AudioFormats {

    public static final String WAV = "wav";
    public static final String MP3 = "mp3";
    public static final String OGG = "ogg";
    public static final String FLAC = "flac";
    public static final String M4A = "m4a";
    public static final String WEBM = "webm";
    public static final String UNKNOWN = "unknown";

    private AudioFormats() {
    }

    /** One of the format constants; {@code m4a} also covers other ISO media files such as mp4. */
    public static String detect(byte[] head, int length) {
        if (startsWith(head, length, 0, "RIFF") && startsWith(head, length, 8, "WAVE")) {
            return WAV;
        }
        if (startsWith(head, length, 0, "fLaC")) {
            return FLAC;
        }
        if (startsWith(head, length, 0, "OggS")) {
            return OGG;
        }
        if (startsWith(head, length, 0, "ID3") || isMpegAudioFrame(head, length)) {
            return MP3;
        }
        if (startsWith(head, length, 4, "ftyp")) {
            return M4A;
        }
        if (length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return WEBM;
        }
        return UNKNOWN;
    }

    // 11 sync bits, and a layer other than 00 (which would be AAC in ADTS framing)
    private static boolean isMpegAudioFrame(byte[] head, int length) {
        return length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0 && ((head[1] >> 1) & 0x03) != 0;
    }

    private static boolean startsWith(byte[] head, int length, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        if (length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (head[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
