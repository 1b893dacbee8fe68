package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderExchange;

import java.io.IOException;

/** One TTS.ai endpoint; reached only with a valid key and a readable body. */
interface TtsAiEndpoint {

    /** Answers the request, or throws {@link TtsAiException} before answering. */
    void handle(ProviderExchange exchange, Params params) throws IOException;
}
