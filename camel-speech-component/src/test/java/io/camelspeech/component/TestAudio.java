package io.camelspeech.component;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Audio for tests that only need valid, distinct inputs (not speech): one helper instead of a copy per test. */
public final class TestAudio {

    private TestAudio() {
    }

    /** A tiny valid WAV (22,050 Hz, 16-bit mono, 400 samples) whose content differs per {@code index}. */
    public static byte[] wav(int index) {
        int samples = 400;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(22050).putInt(44100).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(samples * 2).putInt(index);
        return wav.array();
    }
}
