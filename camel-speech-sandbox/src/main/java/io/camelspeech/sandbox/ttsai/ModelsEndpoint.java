package io.camelspeech.sandbox.ttsai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;

/** GET /models/: the catalog's models with their documented fields. */
final class ModelsEndpoint implements TtsAiEndpoint {

    private final TtsAiServices services;

    ModelsEndpoint(TtsAiServices services) {
        this.services = services;
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        ObjectNode body = SandboxJson.object();
        ArrayNode models = body.putArray("models");
        for (TtsAiCatalog.Model model : services.catalog().models()) {
            ObjectNode entry = models.addObject()
                    .put("id", model.id())
                    .put("name", model.name())
                    .put("type", model.type())
                    .put("tier", model.tier());
            ArrayNode languages = entry.putArray("languages");
            model.languages().forEach(languages::add);
            entry.put("supports_cloning", model.supportsCloning())
                    .put("supports_streaming", model.supportsStreaming())
                    .put("credits_per_1k_chars", model.creditsPer1kChars());
        }
        exchange.respondJson(200, body);
    }
}
