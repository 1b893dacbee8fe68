package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderExchange;

import java.io.IOException;

/** GET /results/{id}: downloads what a JSON answer or webhook pointed to (audio_url, result_url). */
final class ResultsEndpoint implements TtsAiEndpoint {

    private final TtsAiServices services;

    ResultsEndpoint(TtsAiServices services) {
        this.services = services;
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        String id = exchange.pathParameter("id");
        StoredResult result = services.results().get(id)
                .orElseThrow(() -> TtsAiException.notFound("Result '" + id + "' not found or expired."));
        CreditAccount.Charge free = services.credits().free();
        if (result instanceof StoredResult.Audio audio) {
            AudioReply.send(exchange, services.audio(), audio.spec(), "wav", free, false);
        } else if (result instanceof StoredResult.Stems stems) {
            AudioReply.sendStems(exchange, services.audio(), stems.names(), stems.seconds(), "wav", free);
        }
    }
}
