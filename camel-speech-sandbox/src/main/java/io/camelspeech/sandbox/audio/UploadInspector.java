package io.camelspeech.sandbox.audio;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A sink for an uploaded file's bytes that keeps only what the sandbox needs: the size, a SHA-256, the first
 * {@value #HEAD_BYTES} bytes for format detection and the WAV header. Memory use is constant whatever the size.
 */
public final class UploadInspector extends OutputStream {

    public static final int HEAD_BYTES = 64;

    private final MessageDigest sha256 = newSha256();
    private final byte[] head = new byte[HEAD_BYTES];
    private final WavHeaderReader wavReader = new WavHeaderReader();
    private int headLength;
    private long size;

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int off, int len) {
        if (headLength < HEAD_BYTES) {
            int copied = Math.min(HEAD_BYTES - headLength, len);
            System.arraycopy(bytes, off, head, headLength, copied);
            headLength += copied;
        }
        sha256.update(bytes, off, len);
        wavReader.accept(bytes, off, len);
        size += len;
    }

    /** The facts about everything written so far; call once, after the last byte. */
    public InspectedAudio result() {
        String format = AudioFormats.detect(head, headLength);
        return new InspectedAudio(size, HexFormat.of().formatHex(sha256.digest()), format,
                wavReader.header().orElse(null));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
