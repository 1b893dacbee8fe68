package io.camelspeech.component.model;

import java.util.List;

/** A transcript: the text, its language and duration, and segments with speakers and (when asked) word timings. */
public record Transcript(String text, String language, Double duration, List<Segment> segments) implements SpeechJsonBody {

    public record Segment(Double start, Double end, String text, String speaker, List<Word> words) {
    }

    public record Word(String word, Double start, Double end) {
    }

    @Override
    public String toString() {
        return SpeechJson.write(this);
    }
}
