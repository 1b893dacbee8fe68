package io.camelspeech.sandbox.ttsai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a transcript into timed segments (at sentence ends or every {@value #MAX_WORDS_PER_SEGMENT} words), with
 * time spread over the audio in proportion to the characters, optionally with word timings and two speakers.
 */
final class SegmentTimeline {

    private static final int MAX_WORDS_PER_SEGMENT = 8;

    private final List<String> words;
    private final double secondsPerWeight;

    SegmentTimeline(String text, double seconds) {
        this.words = Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        int totalWeight = words.stream().mapToInt(SegmentTimeline::weight).sum();
        this.secondsPerWeight = totalWeight == 0 ? 0 : seconds / totalWeight;
    }

    ArrayNode segments(boolean withWords, boolean diarize) {
        ArrayNode segments = SandboxJson.array();
        List<String> current = new ArrayList<>();
        int weightBefore = 0;
        int segmentStart = 0;
        for (String word : words) {
            current.add(word);
            weightBefore += weight(word);
            if (current.size() == MAX_WORDS_PER_SEGMENT || endsSentence(word)) {
                segments.add(segment(current, segmentStart, withWords, speaker(diarize, segments.size())));
                segmentStart = weightBefore;
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            segments.add(segment(current, segmentStart, withWords, speaker(diarize, segments.size())));
        }
        return segments;
    }

    private ObjectNode segment(List<String> segmentWords, int startWeight, boolean withWords, String speaker) {
        int endWeight = startWeight + segmentWords.stream().mapToInt(SegmentTimeline::weight).sum();
        ObjectNode segment = SandboxJson.object()
                .put("start", time(startWeight))
                .put("end", time(endWeight))
                .put("text", String.join(" ", segmentWords))
                .put("speaker", speaker);
        if (withWords) {
            ArrayNode timed = segment.putArray("words");
            int position = startWeight;
            for (String word : segmentWords) {
                timed.addObject().put("word", word).put("start", time(position)).put("end", time(position + word.length()));
                position += weight(word);
            }
        }
        return segment;
    }

    private double time(int weight) {
        return Math.round(weight * secondsPerWeight * 100) / 100.0;
    }

    // a word plus the pause after it
    private static int weight(String word) {
        return word.length() + 1;
    }

    private static boolean endsSentence(String word) {
        char last = word.charAt(word.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    private static String speaker(boolean diarize, int segmentIndex) {
        return diarize && segmentIndex % 2 == 1 ? "SPEAKER_01" : "SPEAKER_00";
    }
}
