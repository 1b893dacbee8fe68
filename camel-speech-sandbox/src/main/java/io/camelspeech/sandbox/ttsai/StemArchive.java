package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.audio.AudioCache;
import io.camelspeech.sandbox.audio.WavSpec;
import org.apache.commons.io.output.CloseShieldOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a zip with one WAV per stem ({@code vocals.wav}, …), each its own melody, streamed entry by entry. */
final class StemArchive {

    private static final double LOWEST_STEM_FREQUENCY = 110.0;

    private StemArchive() {
    }

    static void write(AudioCache audio, List<String> stems, double seconds, OutputStream out) throws IOException {
        // the caller owns the response stream; the zip must only finish its own structure
        try (ZipOutputStream zip = new ZipOutputStream(CloseShieldOutputStream.wrap(out))) {
            for (int i = 0; i < stems.size(); i++) {
                String stem = stems.get(i);
                zip.putNextEntry(new ZipEntry(stem + ".wav"));
                audio.write(new WavSpec(seconds, WavSpec.SPEECH_SAMPLE_RATE, 1, null, stem,
                        LOWEST_STEM_FREQUENCY * (i + 1)), zip);
                zip.closeEntry();
            }
        }
    }
}
