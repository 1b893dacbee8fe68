package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ReceivedFile;

import java.util.Locale;

/** What the sandbox "hears" in an upload: the text embedded in sandbox audio, else a description of the audio. */
record Transcript(String text, double seconds) {

    static Transcript of(ReceivedFile file) {
        double seconds = SpeechSynthesis.inputSeconds(file);
        String text = file.embeddedText().orElseGet(() -> String.format(Locale.ROOT,
                "sandbox transcript of %.1f seconds of %s audio", seconds, file.format()));
        return new Transcript(text, seconds);
    }
}
