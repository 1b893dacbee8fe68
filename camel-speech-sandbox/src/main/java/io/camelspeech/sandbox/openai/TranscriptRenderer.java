package io.camelspeech.sandbox.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.HeardSpeech;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What the sandbox heard, in each of OpenAI's transcript formats. */
final class TranscriptRenderer {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^\\p{P}+|\\p{P}+$");
    private static final int TOKEN_RANGE = 50_000;

    /** Consecutive words of one segment. */
    private record Segment(double start, double end, List<String> words) {
        String text() {
            return String.join(" ", words);
        }
    }

    private final HeardSpeech heard;
    private final double temperature;
    private final List<HeardSpeech.TimedWord> words;
    private final List<Segment> segments;

    TranscriptRenderer(HeardSpeech heard, double temperature) {
        this.heard = heard;
        this.temperature = temperature;
        this.words = heard.words();
        this.segments = segments(words);
    }

    /** {@code response_format=text}: the transcript and a newline. */
    String text() {
        return heard.text() + "\n";
    }

    /** {@code response_format=json}: {@code {"text"}}. */
    ObjectNode json() {
        return SandboxJson.object().put("text", heard.text());
    }

    /** {@code response_format=verbose_json}. */
    ObjectNode verboseJson(String task, String language, boolean withSegments, boolean withWords) {
        ObjectNode body = SandboxJson.object()
                .put("task", task)
                .put("language", language)
                .put("duration", Math.round(heard.seconds() * 1000) / 1000.0)
                .put("text", heard.text());
        if (withWords) {
            ArrayNode timed = body.putArray("words");
            for (HeardSpeech.TimedWord word : words) {
                String bare = EDGE_PUNCTUATION.matcher(word.word()).replaceAll("");
                if (!bare.isEmpty()) {
                    timed.addObject().put("word", bare).put("start", word.start()).put("end", word.end());
                }
            }
        }
        if (withSegments) {
            ArrayNode list = body.putArray("segments");
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                ObjectNode node = list.addObject()
                        .put("id", i)
                        .put("seek", 0)
                        .put("start", segment.start())
                        .put("end", segment.end())
                        .put("text", segment.text());
                ArrayNode tokens = node.putArray("tokens");
                segment.words().forEach(word -> tokens.add(Math.floorMod(word.hashCode(), TOKEN_RANGE)));
                node.put("temperature", temperature)
                        .put("avg_logprob", OpenAiAssumptions.AVG_LOGPROB)
                        .put("compression_ratio", OpenAiAssumptions.COMPRESSION_RATIO)
                        .put("no_speech_prob", OpenAiAssumptions.NO_SPEECH_PROB);
            }
        }
        return body;
    }

    /** SubRip: numbered cues, {@code 00:00:01,500 --> 00:00:03,000}, a blank line after each. */
    String srt() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            text.append(i + 1).append('\n')
                    .append(timestamp(segment.start(), ',')).append(" --> ").append(timestamp(segment.end(), ','))
                    .append('\n').append(segment.text()).append("\n\n");
        }
        return text.toString();
    }

    /** WebVTT: the header, then {@code 00:00:01.500 --> 00:00:03.000} cues, a blank line after each. */
    String vtt() {
        StringBuilder text = new StringBuilder("WEBVTT\n\n");
        for (Segment segment : segments) {
            text.append(timestamp(segment.start(), '.')).append(" --> ").append(timestamp(segment.end(), '.'))
                    .append('\n').append(segment.text()).append("\n\n");
        }
        return text.toString();
    }

    private static List<Segment> segments(List<HeardSpeech.TimedWord> words) {
        List<Segment> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        double start = 0;
        for (HeardSpeech.TimedWord word : words) {
            if (current.isEmpty()) {
                start = word.start();
            }
            current.add(word.word());
            if (current.size() == OpenAiAssumptions.MAX_WORDS_PER_SEGMENT || endsSentence(word.word())) {
                segments.add(new Segment(start, word.end(), List.copyOf(current)));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            segments.add(new Segment(start, words.get(words.size() - 1).end(), List.copyOf(current)));
        }
        return segments;
    }

    private static boolean endsSentence(String word) {
        char last = word.charAt(word.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    private static String timestamp(double seconds, char millisSeparator) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millisSeparator, millis % 1000);
    }
}
