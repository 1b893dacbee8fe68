package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;

import java.io.IOException;
import java.util.Set;

/** POST /voice-convert/ (multipart): the input re-voiced, same duration (at most 20 s); 3 credits per minute. */
final class VoiceConvertEndpoint implements TtsAiEndpoint {

    private static final int MAX_MB = 50;
    private static final Set<String> INPUT_FORMATS = Set.of("mp3", "wav", "flac");
    private static final Set<String> OUTPUT_FORMATS = Set.of("wav", "mp3", "flac");

    private final TtsAiServices services;
    private final Set<String> models;

    VoiceConvertEndpoint(TtsAiServices services) {
        this.services = services;
        this.models = services.catalog().modelIds(m -> m.type().equals(TtsAiCatalog.VOICE_CONVERSION));
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        ReceivedFile file = params.requiredFile("file", MAX_MB);
        Params.requireFormat(file, "file", INPUT_FORMATS);
        services.catalog().requireVoice(params.required("target_voice"));
        services.catalog().requireModel(params.optional("model").orElse("openvoice"), "voice-convert", models);
        String format = params.oneOf("format", "wav", OUTPUT_FORMATS);
        CreditAccount.Charge charge = services.credits().charge(
                TtsAiPricing.perMinute(SpeechSynthesis.inputSeconds(file), TtsAiPricing.VOICE_CHANGER_PER_MINUTE));
        AudioReply.send(exchange, services.audio(), SpeechSynthesis.likeInput(file, null), format, charge, false);
    }
}
