package io.camelspeech.sandbox.ttsai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** GET /voices/?model=&language=&gender=: the catalog's voices after filtering; {@code total} counts them. */
final class VoicesEndpoint implements TtsAiEndpoint {

    private final TtsAiServices services;

    VoicesEndpoint(TtsAiServices services) {
        this.services = services;
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        Optional<String> model = exchange.queryParameter("model").filter(v -> !v.isBlank());
        Optional<String> language = exchange.queryParameter("language").filter(v -> !v.isBlank());
        Optional<String> gender = exchange.queryParameter("gender").filter(v -> !v.isBlank())
                .map(v -> v.toLowerCase(Locale.ROOT));
        if (gender.isPresent() && !TtsAiCatalog.GENDERS.contains(gender.get())) {
            throw TtsAiException.badRequest("gender must be one of " + TtsAiCatalog.GENDERS.stream().sorted().toList()
                    + ", was '" + gender.get() + "'.");
        }
        List<TtsAiCatalog.Voice> voices = services.catalog().voices().stream()
                .filter(v -> model.map(v.model()::equals).orElse(true))
                .filter(v -> language.map(l -> TtsAiCatalog.sameLanguage(v.language(), l)).orElse(true))
                .filter(v -> gender.map(v.gender()::equals).orElse(true))
                .toList();
        ObjectNode body = SandboxJson.object();
        ArrayNode list = body.putArray("voices");
        for (TtsAiCatalog.Voice voice : voices) {
            list.addObject()
                    .put("id", voice.id())
                    .put("name", voice.name())
                    .put("model", voice.model())
                    .put("language", voice.language())
                    .put("gender", voice.gender())
                    .put("preview_url", services.previewUrl(voice.id()));
        }
        body.put("total", voices.size());
        exchange.respondJson(200, body);
    }
}
