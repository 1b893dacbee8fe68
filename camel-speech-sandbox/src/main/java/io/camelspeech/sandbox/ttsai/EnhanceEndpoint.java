package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;

import java.io.IOException;

/** POST /audio/enhance/ (multipart): the input "cleaned", same duration (at most 20 s); 2 credits per minute. */
final class EnhanceEndpoint implements TtsAiEndpoint {

    private static final int MAX_MB = 100;

    private final TtsAiServices services;

    EnhanceEndpoint(TtsAiServices services) {
        this.services = services;
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        ReceivedFile file = params.requiredFile("file", MAX_MB);
        params.flag("denoise", true);
        params.flag("enhance_clarity", true);
        params.flag("super_resolution", false);
        params.integer("strength", 2, 1, 3);
        CreditAccount.Charge charge = services.credits().charge(
                TtsAiPricing.perMinute(SpeechSynthesis.inputSeconds(file), TtsAiPricing.ENHANCE_PER_MINUTE));
        AudioReply.send(exchange, services.audio(), SpeechSynthesis.likeInput(file, null),
                TtsAiAssumptions.OUTPUT_FORMAT_WITHOUT_PARAMETER, charge, false);
    }
}
