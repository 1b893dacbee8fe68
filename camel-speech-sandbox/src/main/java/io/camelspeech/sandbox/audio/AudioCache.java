package io.camelspeech.sandbox.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The WAV files the sandbox generates, kept by what they are generated from (their {@link WavSpec}) within a byte
 * budget, least recently used out first: a benchmark asking for the same audio again costs a write of bytes already
 * made, not a synthesis. Files above a sixteenth of the budget are generated while they are sent, never held.
 * Thread-safe; two threads missing the same file at once both generate it, which is harmless.
 */
public final class AudioCache {

    private static final int LARGEST_SHARE = 16;

    private final long capacityBytes;
    private final Map<WavSpec, byte[]> files = new LinkedHashMap<>(64, 0.75f, true);
    private long usedBytes;

    /** @param capacityBytes the budget; 0 generates every file anew */
    public AudioCache(long capacityBytes) {
        this.capacityBytes = capacityBytes;
    }

    /** Writes exactly what {@link WavWriter#write} writes for {@code spec}; does not close the stream. */
    public void write(WavSpec spec, OutputStream out) throws IOException {
        if (WavWriter.length(spec) > capacityBytes / LARGEST_SHARE) {
            WavWriter.write(spec, out);
            return;
        }
        out.write(wav(spec));
        out.flush();
    }

    private byte[] wav(WavSpec spec) throws IOException {
        synchronized (this) {
            byte[] cached = files.get(spec);
            if (cached != null) {
                return cached;
            }
        }
        ByteArrayOutputStream generated = new ByteArrayOutputStream((int) WavWriter.length(spec));
        WavWriter.write(spec, generated);
        byte[] wav = generated.toByteArray();
        keep(spec, wav);
        return wav;
    }

    private synchronized void keep(WavSpec spec, byte[] wav) {
        byte[] previous = files.put(spec, wav);
        if (previous != null) {
            usedBytes -= weight(spec, previous);
        }
        usedBytes += weight(spec, wav);
        Iterator<Map.Entry<WavSpec, byte[]>> eldest = files.entrySet().iterator();
        while (usedBytes > capacityBytes && eldest.hasNext()) {
            Map.Entry<WavSpec, byte[]> entry = eldest.next();
            usedBytes -= weight(entry.getKey(), entry.getValue());
            eldest.remove();
        }
    }

    // the key's texts count too: a long text is held once in the key and once in the file's INFO comment
    private static long weight(WavSpec spec, byte[] wav) {
        long keyChars = spec.melodySeed().length() + (spec.comment() == null ? 0 : spec.comment().length());
        return wav.length + 2 * keyChars;
    }
}
