package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;

import java.io.IOException;
import java.util.Set;

/** POST /speech-to-speech/ (multipart): the input restyled in a catalog voice, same duration (at most 20 s). */
final class SpeechToSpeechEndpoint implements TtsAiEndpoint {

    private static final int MAX_MB = 50;
    private static final Set<String> MODELS = Set.of("openvoice", "chatterbox");

    private final TtsAiServices services;

    SpeechToSpeechEndpoint(TtsAiServices services) {
        this.services = services;
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        ReceivedFile file = params.requiredFile("file", MAX_MB);
        services.catalog().requireVoice(params.required("voice"));
        services.catalog().requireModel(params.optional("model").orElse("openvoice"), "speech-to-speech", MODELS);
        params.decimal("speed", 1.0, 0.5, 2.0);
        CreditAccount.Charge charge = services.credits().charge(TtsAiPricing.perMinute(
                SpeechSynthesis.inputSeconds(file), TtsAiAssumptions.SPEECH_TO_SPEECH_CREDITS_PER_MINUTE));
        AudioReply.send(exchange, services.audio(), SpeechSynthesis.likeInput(file, null),
                TtsAiAssumptions.OUTPUT_FORMAT_WITHOUT_PARAMETER, charge, false);
    }
}
