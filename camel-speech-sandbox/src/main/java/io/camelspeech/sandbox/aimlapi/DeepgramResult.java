package io.camelspeech.sandbox.aimlapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.HeardSpeech;
import io.camelspeech.sandbox.spi.ReceivedFile;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.time.Instant;
import java.util.Locale;

/** The {@code result} of a completed generation, shaped as Deepgram's pre-recorded transcription response. */
final class DeepgramResult {

    private DeepgramResult() {
    }

    static ObjectNode of(SttGeneration generation, ReceivedFile audio) {
        HeardSpeech heard = HeardSpeech.of(audio, AimlApiAssumptions.COMPRESSED_AUDIO_BITS_PER_SECOND);
        ObjectNode result = SandboxJson.object();
        ObjectNode metadata = result.putObject("metadata")
                .put("request_id", generation.id())
                .put("sha256", audio.upload().sha256())
                .put("created", Instant.ofEpochMilli(generation.createdAtMillis()).toString())
                .put("duration", Math.round(heard.seconds() * 1000) / 1000.0)
                .put("channels", 1);
        metadata.putArray("models").add(generation.model());
        ObjectNode alternative = result.putObject("results").putArray("channels").addObject()
                .putArray("alternatives").addObject()
                .put("transcript", heard.text())
                .put("confidence", AimlApiAssumptions.CONFIDENCE);
        ArrayNode words = alternative.putArray("words");
        for (HeardSpeech.TimedWord word : heard.words()) {
            words.addObject()
                    .put("word", bare(word.word()))
                    .put("start", word.start())
                    .put("end", word.end())
                    .put("confidence", AimlApiAssumptions.CONFIDENCE)
                    .put("punctuated_word", word.word());
        }
        return result;
    }

    // Deepgram's "word" is lower case without punctuation; "punctuated_word" keeps it as said
    private static String bare(String word) {
        String stripped = word.replaceAll("^[\\p{Punct}]+|[\\p{Punct}]+$", "");
        return (stripped.isEmpty() ? word : stripped).toLowerCase(Locale.ROOT);
    }
}
