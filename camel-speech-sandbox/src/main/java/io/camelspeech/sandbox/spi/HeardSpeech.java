package io.camelspeech.sandbox.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the sandbox "hears" in audio: the text embedded in audio the sandbox produced (its WAV INFO comment), else a
 * deterministic description of the audio. Every transcribing provider answers with this, so tts then stt returns
 * the same text whichever providers are chained.
 *
 * @param seconds the audio's duration: from the WAV header, or estimated from the size for compressed formats
 */
public record HeardSpeech(String text, double seconds) {

    /** One word with its place in the audio. */
    public record TimedWord(String word, double start, double end) {
    }

    public static HeardSpeech of(ReceivedFile audio, double compressedBitsPerSecond) {
        double seconds = audio.durationSeconds(compressedBitsPerSecond);
        String text = audio.embeddedText().orElseGet(() -> String.format(Locale.ROOT,
                "sandbox transcript of %.1f seconds of %s audio", seconds, audio.format()));
        return new HeardSpeech(text, seconds);
    }

    /** The words of the text, sharing the duration evenly, in order. */
    public List<TimedWord> words() {
        String[] words = text.trim().isEmpty() ? new String[0] : text.trim().split("\\s+");
        List<TimedWord> timed = new ArrayList<>(words.length);
        double each = words.length == 0 ? 0 : seconds / words.length;
        for (int i = 0; i < words.length; i++) {
            timed.add(new TimedWord(words[i], round(i * each), round((i + 1) * each)));
        }
        return timed;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
