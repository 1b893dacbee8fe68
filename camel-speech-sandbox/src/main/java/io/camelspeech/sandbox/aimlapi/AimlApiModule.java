package io.camelspeech.sandbox.aimlapi;

import io.camelspeech.sandbox.spi.KeyCheck;
import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.Routes;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The AI/ML API's asynchronous speech-to-text ({@code https://api.aimlapi.com/v1}) under {@code /aimlapi/v1}:
 * Bearer-key auth, {@code stt/create} and {@code stt/{generation_id}}, NestJS-shaped errors.
 */
public final class AimlApiModule implements ProviderModule {

    public static final String NAME = "aimlapi";
    public static final String BASE_PATH = "/aimlapi/v1";

    private static final Map<Integer, String> REASONS = Map.of(400, "Bad Request", 401, "Unauthorized",
            403, "Forbidden", 404, "Not Found", 413, "Payload Too Large", 429, "Too Many Requests",
            500, "Internal Server Error", 502, "Bad Gateway", 503, "Service Unavailable");

    private final AudioUrlFetcher fetcher = new AudioUrlFetcher();
    private final Routes routes;

    public AimlApiModule(SandboxContext context) {
        SttApi api = new SttApi(context, new SttGenerations(), fetcher);
        KeyCheck apiKey = KeyCheck.bearer(Set.of(context.settings(AimlApiConfig.class).apiKey()),
                () -> AimlApiException.unauthorized("Missing API key: send Authorization: Bearer <key>"),
                key -> AimlApiException.unauthorized("Invalid API key"));
        // NestJS answers an unknown route and a known one with another method alike: 404 "Cannot METHOD /path"
        this.routes = Routes.of(NAME).mount(BASE_PATH, apiKey)
                .post("stt/create", api::create)
                .get("stt/{generationId}", api::poll)
                .notFound(exchange -> AimlApiException.notFound("Cannot " + exchange.method() + " /v1/"
                        + exchange.endpoint()))
                .routes();
    }

    @Override
    public Routes routes() {
        return routes;
    }

    /** {@code {"statusCode": 400, "message": "...", "error": "Bad Request"}}. */
    @Override
    public void sendError(ProviderExchange exchange, ProviderError error) throws IOException {
        exchange.respondError(error, SandboxJson.object()
                .put("statusCode", error.status())
                .put("message", error.message())
                .put("error", REASONS.getOrDefault(error.status(), "Error")));
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
