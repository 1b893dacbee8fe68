package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.audio.WavSpec;
import io.camelspeech.sandbox.spi.ReceivedFile;

/** How long the sandbox's "speech" lasts: by text length for synthesis, like the input for transformations. */
final class SpeechSynthesis {

    static final double SECONDS_PER_CHARACTER = 0.060;
    static final double MIN_SPEECH_SECONDS = 0.5;
    static final double MAX_AUDIO_SECONDS = 20.0;

    private SpeechSynthesis() {
    }

    /** Speech of a text: about 60 ms per character at speed 1.0, between 0.5 s and 20 s. */
    static WavSpec ofText(String text, double speed) {
        double seconds = TtsAiPricing.characters(text) * SECONDS_PER_CHARACTER / speed;
        return WavSpec.speech(text, Math.max(MIN_SPEECH_SECONDS, Math.min(MAX_AUDIO_SECONDS, seconds)));
    }

    /** Audio as long as the input (at most 20 s), saying {@code text}, or what the input said when null. */
    static WavSpec likeInput(ReceivedFile input, String text) {
        String spoken = text != null ? text : input.embeddedText().orElse(null);
        double seconds = Math.min(MAX_AUDIO_SECONDS, inputSeconds(input));
        // without known words the tune follows the input's hash, so different inputs still sound different
        String melodySeed = spoken != null ? spoken : input.upload().sha256();
        return new WavSpec(seconds, WavSpec.SPEECH_SAMPLE_RATE, 1, spoken, melodySeed, WavSpec.SPEECH_BASE_FREQUENCY);
    }

    static double inputSeconds(ReceivedFile input) {
        return input.durationSeconds(TtsAiAssumptions.COMPRESSED_AUDIO_BITS_PER_SECOND);
    }
}
