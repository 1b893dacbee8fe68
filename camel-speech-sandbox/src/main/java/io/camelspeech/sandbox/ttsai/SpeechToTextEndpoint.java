package io.camelspeech.sandbox.ttsai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.Set;

/** POST /stt/ (multipart): transcribes an upload; sandbox audio gives back the text it was made from. */
final class SpeechToTextEndpoint implements TtsAiEndpoint {

    private static final int MAX_MB = 100;
    // detection cannot tell mp4 from m4a: both are ISO media files
    private static final Set<String> FORMATS = Set.of("mp3", "wav", "flac", "ogg", "m4a", "webm");

    private final TtsAiServices services;
    private final Set<String> models;

    SpeechToTextEndpoint(TtsAiServices services) {
        this.services = services;
        this.models = services.catalog().modelIds(m -> m.type().equals(TtsAiCatalog.STT));
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        ReceivedFile file = params.requiredFile("file", MAX_MB);
        Params.requireFormat(file, "file", FORMATS);
        services.catalog().requireModel(params.optional("model").orElse("whisper"), "stt", models);
        String language = params.optional("language")
                .filter(requested -> !requested.equalsIgnoreCase("auto"))
                .orElse(TtsAiAssumptions.DEFAULT_LANGUAGE);
        boolean timestamps = params.flag("timestamps", false);
        boolean diarize = params.flag("diarize", false);
        Transcript transcript = Transcript.of(file);
        CreditAccount.Charge charge = services.credits()
                .charge(TtsAiPricing.perMinute(transcript.seconds(), TtsAiPricing.STT_PER_MINUTE));
        ObjectNode body = SandboxJson.object()
                .put("text", transcript.text())
                .put("language", language)
                .put("duration", Math.round(transcript.seconds() * 100) / 100.0);
        body.set("segments", new SegmentTimeline(transcript.text(), transcript.seconds()).segments(timestamps, diarize));
        charge.applyTo(exchange);
        exchange.respondJson(200, body);
    }
}
