package io.camelspeech.sandbox.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Parses a WAV header from bytes as they stream past, up to the start of the {@code data} chunk, keeping only the
 * {@code fmt } fields and the INFO comment. Anything that is not RIFF/WAVE is ignored.
 */
final class WavHeaderReader {

    // INFO lists larger than this are skipped: a comment holds at most one request's text
    private static final int MAX_CAPTURED_CHUNK = 1 << 20;
    private static final int RIFF_HEADER_SIZE = 12;
    private static final int CHUNK_HEADER_SIZE = 8;

    private enum State { RIFF_HEADER, CHUNK_HEADER, CHUNK_BODY, SKIP, DONE, NOT_WAV }

    private State state = State.RIFF_HEADER;
    private byte[] pending = new byte[RIFF_HEADER_SIZE];
    private int filled;
    private long skipRemaining;
    private long offset;
    private String chunkId;
    private int chunkSize;

    private int audioFormat;
    private int channels;
    private int sampleRate;
    private int byteRate;
    private int bitsPerSample;
    private boolean formatSeen;
    private String comment;
    private long dataOffset;
    private long declaredDataSize;

    void accept(byte[] bytes, int off, int len) {
        int position = off;
        int end = off + len;
        while (position < end && isReading()) {
            if (state == State.SKIP) {
                int skipped = (int) Math.min(skipRemaining, end - position);
                skipRemaining -= skipped;
                offset += skipped;
                position += skipped;
                if (skipRemaining == 0) {
                    expect(State.CHUNK_HEADER, CHUNK_HEADER_SIZE);
                }
            } else {
                int copied = Math.min(pending.length - filled, end - position);
                System.arraycopy(bytes, position, pending, filled, copied);
                filled += copied;
                offset += copied;
                position += copied;
                if (filled == pending.length) {
                    completeStructure();
                }
            }
        }
    }

    private boolean isReading() {
        return state != State.DONE && state != State.NOT_WAV;
    }

    /** The header, once the data chunk has been reached after a format chunk. */
    Optional<WavHeader> header() {
        if (state != State.DONE || !formatSeen) {
            return Optional.empty();
        }
        return Optional.of(new WavHeader(audioFormat, channels, sampleRate, byteRate, bitsPerSample, dataOffset,
                declaredDataSize, comment));
    }

    private void completeStructure() {
        ByteBuffer buffer = ByteBuffer.wrap(pending).order(ByteOrder.LITTLE_ENDIAN);
        switch (state) {
            case RIFF_HEADER -> {
                boolean riff = ascii(0).equals("RIFF") && ascii(8).equals("WAVE");
                if (riff) {
                    expect(State.CHUNK_HEADER, CHUNK_HEADER_SIZE);
                } else {
                    state = State.NOT_WAV;
                }
            }
            case CHUNK_HEADER -> startChunk(ascii(0), Integer.toUnsignedLong(buffer.getInt(4)));
            case CHUNK_BODY -> {
                readChunk(buffer);
                expect(State.CHUNK_HEADER, CHUNK_HEADER_SIZE);
            }
            default -> throw new IllegalStateException("no structure pending in state " + state);
        }
    }

    private void startChunk(String id, long size) {
        if (id.equals("data")) {
            dataOffset = offset;
            declaredDataSize = size;
            state = State.DONE;
            return;
        }
        long padded = size + (size & 1);
        boolean wanted = id.equals("fmt ") || id.equals("LIST");
        if (wanted && padded <= MAX_CAPTURED_CHUNK) {
            chunkId = id;
            chunkSize = (int) size;
            expect(State.CHUNK_BODY, (int) padded);
        } else if (padded == 0) {
            expect(State.CHUNK_HEADER, CHUNK_HEADER_SIZE);
        } else {
            state = State.SKIP;
            skipRemaining = padded;
        }
    }

    private void readChunk(ByteBuffer body) {
        if (chunkId.equals("fmt ") && chunkSize >= 16) {
            audioFormat = Short.toUnsignedInt(body.getShort(0));
            channels = Short.toUnsignedInt(body.getShort(2));
            sampleRate = body.getInt(4);
            byteRate = body.getInt(8);
            bitsPerSample = Short.toUnsignedInt(body.getShort(14));
            formatSeen = true;
        } else if (chunkId.equals("LIST") && chunkSize >= 4 && ascii(0).equals("INFO")) {
            readInfoList(body);
        }
    }

    private void readInfoList(ByteBuffer body) {
        int position = 4;
        while (position + CHUNK_HEADER_SIZE <= chunkSize) {
            String id = ascii(position);
            long size = Integer.toUnsignedLong(body.getInt(position + 4));
            int start = position + CHUNK_HEADER_SIZE;
            if (start + size > chunkSize) {
                return;
            }
            if (id.equals("ICMT")) {
                comment = stripTrailingNuls(new String(pending, start, (int) size, StandardCharsets.UTF_8));
            }
            position = start + (int) size + (int) (size & 1);
        }
    }

    private void expect(State next, int size) {
        state = next;
        pending = new byte[size];
        filled = 0;
        if (size == 0) {
            completeStructure();
        }
    }

    private String ascii(int at) {
        return new String(pending, at, 4, StandardCharsets.US_ASCII);
    }

    private static String stripTrailingNuls(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\0') {
            end--;
        }
        return text.substring(0, end);
    }
}
