package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;

import java.io.IOException;
import java.util.Set;

/** POST /audio/dereverb/ (multipart): the input without echo, same duration (at most 20 s). */
final class DereverbEndpoint implements TtsAiEndpoint {

    private static final int MAX_MB = 100;
    private static final Set<String> TYPES = Set.of("echo", "reverb", "both");

    private final TtsAiServices services;

    DereverbEndpoint(TtsAiServices services) {
        this.services = services;
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        ReceivedFile file = params.requiredFile("file", MAX_MB);
        params.oneOf("type", "both", TYPES);
        params.integer("intensity", 3, 1, 5);
        CreditAccount.Charge charge = services.credits().charge(TtsAiPricing.perMinute(
                SpeechSynthesis.inputSeconds(file), TtsAiAssumptions.DEREVERB_CREDITS_PER_MINUTE));
        AudioReply.send(exchange, services.audio(), SpeechSynthesis.likeInput(file, null),
                TtsAiAssumptions.OUTPUT_FORMAT_WITHOUT_PARAMETER, charge, false);
    }
}
