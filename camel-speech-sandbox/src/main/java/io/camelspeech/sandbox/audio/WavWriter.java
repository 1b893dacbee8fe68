package io.camelspeech.sandbox.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a playable WAV (RIFF, {@code fmt }, {@code LIST/INFO}, {@code data}) sample block by sample block, so a
 * response never holds the whole file. The INFO list comes before the data so a streaming reader meets it first.
 */
public final class WavWriter {

    public static final String SOFTWARE = "camel-speech sandbox";
    private static final int BLOCK_FRAMES = 4096;
    private static final int BITS_PER_SAMPLE = 16;

    private WavWriter() {
    }

    /** Total size in bytes of the file {@link #write} produces. */
    public static long length(WavSpec spec) {
        return header(spec).length + spec.dataBytes();
    }

    /** Writes the file; does not close the stream. */
    public static void write(WavSpec spec, OutputStream out) throws IOException {
        out.write(header(spec));
        ToneMelody melody = new ToneMelody(spec.melodySeed(), spec.baseFrequency(), spec.sampleRate());
        int frameBytes = spec.channels() * 2;
        ByteBuffer block = ByteBuffer.allocate(BLOCK_FRAMES * frameBytes).order(ByteOrder.LITTLE_ENDIAN);
        long frames = spec.frames();
        for (long frame = 0; frame < frames; frame++) {
            short sample = melody.sample(frame);
            for (int channel = 0; channel < spec.channels(); channel++) {
                block.putShort(sample);
            }
            if (!block.hasRemaining()) {
                out.write(block.array(), 0, block.position());
                block.clear();
            }
        }
        out.write(block.array(), 0, block.position());
        out.flush();
    }

    private static byte[] header(WavSpec spec) {
        byte[] info = infoList(spec.comment());
        long dataBytes = spec.dataBytes();
        int byteRate = spec.sampleRate() * spec.channels() * 2;
        ByteBuffer header = ByteBuffer.allocate(12 + 24 + info.length + 8).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt((int) (4 + 24 + info.length + 8 + dataBytes)).put(ascii("WAVE"));
        header.put(ascii("fmt ")).putInt(16)
                .putShort((short) 1)
                .putShort((short) spec.channels())
                .putInt(spec.sampleRate())
                .putInt(byteRate)
                .putShort((short) (spec.channels() * 2))
                .putShort((short) BITS_PER_SAMPLE);
        header.put(info);
        header.put(ascii("data")).putInt((int) dataBytes);
        return header.array();
    }

    private static byte[] infoList(String comment) {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        entries.writeBytes(ascii("INFO"));
        entries.writeBytes(infoEntry("ISFT", SOFTWARE));
        if (comment != null) {
            entries.writeBytes(infoEntry("ICMT", comment));
        }
        byte[] body = entries.toByteArray();
        ByteBuffer list = ByteBuffer.allocate(8 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        list.put(ascii("LIST")).putInt(body.length).put(body);
        return list.array();
    }

    // an INFO value is a NUL-terminated string, padded to an even length
    private static byte[] infoEntry(String id, String value) {
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        int size = text.length + 1;
        ByteBuffer entry = ByteBuffer.allocate(8 + size + (size & 1)).order(ByteOrder.LITTLE_ENDIAN);
        entry.put(ascii(id)).putInt(size).put(text);
        return entry.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
