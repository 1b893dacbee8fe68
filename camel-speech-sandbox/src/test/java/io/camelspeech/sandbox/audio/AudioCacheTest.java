package io.camelspeech.sandbox.audio;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class AudioCacheTest {

    @Test
    void cachedAndStreamedAudioIsWhatTheWriterWrites() throws IOException {
        AudioCache cache = new AudioCache(16L * 1024 * 1024);
        WavSpec small = WavSpec.speech("Hello, cache.", 1.5);
        WavSpec large = WavSpec.speech("Too long to keep.", 30);

        byte[] first = written(cache, small);
        assertThat(first).isEqualTo(generated(small));
        assertThat(written(cache, small)).isEqualTo(first);
        assertThat(written(cache, large)).as("streamed, above a sixteenth of the budget").isEqualTo(generated(large));
    }

    @Test
    void leastRecentlyUsedFilesMakeWayWithinTheBudget() throws IOException {
        WavSpec one = WavSpec.speech("one", 1);
        AudioCache cache = new AudioCache(WavWriter.length(one) * 3);
        for (int i = 0; i < 50; i++) {
            assertThat(written(cache, WavSpec.speech("one", 1))).isEqualTo(generated(one));
            written(cache, WavSpec.speech("other " + i, 1));
        }
        WavSpec stereo = new WavSpec(1, 8000, 2, null, "stereo", 330);
        assertThat(written(cache, stereo)).isEqualTo(generated(stereo));
    }

    @Test
    void aZeroBudgetGeneratesEveryTime() throws IOException {
        WavSpec spec = WavSpec.speech("no cache", 0.5);
        assertThat(written(new AudioCache(0), spec)).isEqualTo(generated(spec));
    }

    private static byte[] written(AudioCache cache, WavSpec spec) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cache.write(spec, out);
        return out.toByteArray();
    }

    private static byte[] generated(WavSpec spec) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WavWriter.write(spec, out);
        return out.toByteArray();
    }
}
