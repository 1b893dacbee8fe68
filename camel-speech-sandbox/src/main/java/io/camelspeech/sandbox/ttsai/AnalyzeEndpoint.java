package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;

import java.io.IOException;

/** POST /audio/analyze/ (free): key, scale, BPM and related keys, the same for the same file. */
final class AnalyzeEndpoint implements TtsAiEndpoint {

    private static final int MAX_MB = 100;

    private final TtsAiServices services;

    AnalyzeEndpoint(TtsAiServices services) {
        this.services = services;
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        ReceivedFile file = params.requiredFile("file", MAX_MB);
        services.credits().free().applyTo(exchange);
        exchange.respondJson(200, KeyAnalysis.of(file.upload().sha256()));
    }
}
