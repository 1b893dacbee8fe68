package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;

import java.io.IOException;
import java.util.Set;

/** POST /tts/clone/ (multipart): the text in the reference's voice, as long as the reference (at most 20 s). */
final class VoiceCloneEndpoint implements TtsAiEndpoint {

    private static final int MAX_MB = 20;
    private static final Set<String> FORMATS = Set.of("mp3", "wav", "flac");

    private final TtsAiServices services;
    private final Set<String> models;

    VoiceCloneEndpoint(TtsAiServices services) {
        this.services = services;
        this.models = services.catalog().modelIds(m -> m.type().equals(TtsAiCatalog.TTS) && m.supportsCloning());
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        ReceivedFile reference = params.requiredFile("reference_audio", MAX_MB);
        String text = params.required("text");
        services.catalog().requireModel(params.optional("model").orElse("chatterbox"), "tts/clone", models);
        String format = params.oneOf("format", "mp3", FORMATS);
        services.checkTextLength("text", text);
        CreditAccount.Charge charge = services.credits()
                .charge(TtsAiPricing.perThousandCharacters(text, TtsAiPricing.CLONE_PER_1K_CHARS));
        AudioReply.send(exchange, services.audio(), SpeechSynthesis.likeInput(reference, text), format, charge, false);
    }
}
