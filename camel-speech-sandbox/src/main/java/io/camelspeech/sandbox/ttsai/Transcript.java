package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.HeardSpeech;
import io.camelspeech.sandbox.spi.ReceivedFile;

/** What the sandbox "hears" in an upload: the text embedded in sandbox audio, else a description of the audio. */
record Transcript(String text, double seconds) {

    static Transcript of(ReceivedFile file) {
        HeardSpeech heard = HeardSpeech.of(file, TtsAiAssumptions.COMPRESSED_AUDIO_BITS_PER_SECOND);
        return new Transcript(heard.text(), heard.seconds());
    }
}
