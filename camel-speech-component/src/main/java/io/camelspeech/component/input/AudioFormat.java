package io.camelspeech.component.input;

import java.nio.charset.StandardCharsets;

/**
 * Audio container formats recognised from their leading bytes, so a wrong file is refused before it is uploaded and
 * paid for.
 */
public enum AudioFormat {
    WAV("audio/wav"),
    MP3("audio/mpeg"),
    OGG("audio/ogg"),
    FLAC("audio/flac"),
    M4A("audio/mp4"),
    MP4("video/mp4"),
    WEBM("audio/webm");

    /** Enough leading bytes for every signature below. */
    public static final int SNIFF_LENGTH = 16;

    private final String mimeType;

    AudioFormat(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return name().toLowerCase();
    }

    /** @return the format, or {@code null} when the bytes match no known audio container */
    public static AudioFormat detect(byte[] head, int length) {
        if (length >= 12 && ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
            return WAV;
        }
        if (length >= 4 && ascii(head, 0, "OggS")) {
            return OGG;
        }
        if (length >= 4 && ascii(head, 0, "fLaC")) {
            return FLAC;
        }
        if (length >= 3 && ascii(head, 0, "ID3")) {
            return MP3;
        }
        // an MPEG audio frame starts with 11 set sync bits; layer bits 00 are reserved
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0) {
            return MP3;
        }
        if (length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return WEBM;
        }
        if (length >= 12 && ascii(head, 4, "ftyp")) {
            String brand = new String(head, 8, 4, StandardCharsets.US_ASCII);
            return brand.startsWith("M4A") || brand.startsWith("M4B") ? M4A : MP4;
        }
        return null;
    }

    private static boolean ascii(byte[] bytes, int offset, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (bytes[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
