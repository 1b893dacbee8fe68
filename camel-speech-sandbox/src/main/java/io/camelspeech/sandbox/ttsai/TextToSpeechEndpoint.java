package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderExchange;

import java.io.IOException;
import java.util.Set;

/** POST /tts/ (JSON): text in a catalog voice; cost by the model's tier per 1,000 characters. */
final class TextToSpeechEndpoint implements TtsAiEndpoint {

    private static final Set<String> FORMATS = Set.of("mp3", "wav", "flac", "ogg");

    private final TtsAiServices services;
    private final Set<String> models;

    TextToSpeechEndpoint(TtsAiServices services) {
        this.services = services;
        this.models = services.catalog().modelIds(m -> m.type().equals(TtsAiCatalog.TTS));
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        params.requireJsonBody();
        String modelId = params.required("model");
        String text = params.required("text");
        String voiceId = params.required("voice");
        TtsAiCatalog.Model model = services.catalog().requireModel(modelId, "tts", models);
        services.catalog().requireVoice(voiceId);
        String format = params.oneOf("format", "mp3", FORMATS);
        double speed = params.decimal("speed", 1.0, 0.5, 2.0);
        boolean stream = params.flag("stream", false);
        services.checkTextLength("text", text);
        CreditAccount.Charge charge = services.credits()
                .charge(TtsAiPricing.perThousandCharacters(text, model.creditsPer1kChars()));
        AudioReply.send(exchange, services.audio(), SpeechSynthesis.ofText(text, speed), format, charge, stream);
    }
}
