package io.camelspeech.sandbox;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An input stream of {@code size} pseudo-random bytes made on the fly (never held in memory), hashing what it
 * hands out so the test knows the SHA-256 the server should record.
 */
final class GeneratedContent extends InputStream {

    private static final byte[] BLOCK = block();

    private final long size;
    private final MessageDigest sha256;
    private long position;

    GeneratedContent(long size) {
        this.size = size;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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

    /** SHA-256 of everything read so far (all of it once the stream is exhausted). */
    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    // 64 KiB of noise that is not valid audio of any kind, repeated
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
