package io.camelspeech.sandbox.aimlapi;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The AI/ML API's asynchronous speech-to-text ({@code https://api.aimlapi.com/v1}) under {@code /aimlapi/v1}:
 * Bearer-key auth, {@code stt/create} and {@code stt/{generation_id}}, NestJS-shaped errors.
 */
public final class AimlApiModule implements ProviderModule {

    public static final String NAME = "aimlapi";
    public static final String BASE_PATH = "/aimlapi/v1";

    private static final String BEARER = "bearer ";
    private static final Map<Integer, String> REASONS = Map.of(400, "Bad Request", 401, "Unauthorized",
            403, "Forbidden", 404, "Not Found", 413, "Payload Too Large", 429, "Too Many Requests",
            500, "Internal Server Error", 502, "Bad Gateway", 503, "Service Unavailable");

    private final SandboxConfig config;
    private final AudioUrlFetcher fetcher = new AudioUrlFetcher();
    private final SttApi api;

    public AimlApiModule(SandboxContext context) {
        this.config = context.config();
        this.api = new SttApi(context, new SttGenerations(), fetcher);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String basePath() {
        return BASE_PATH;
    }

    @Override
    public void handle(ProviderExchange exchange) throws IOException {
        try {
            authenticate(exchange);
            api.handle(exchange);
        } catch (AimlApiException e) {
            sendError(exchange, e.error());
        }
    }

    /** {@code {"statusCode": 400, "message": "...", "error": "Bad Request"}}. */
    @Override
    public void sendError(ProviderExchange exchange, ProviderError error) throws IOException {
        error.headers().forEach(exchange::setResponseHeader);
        exchange.respondJson(error.status(), SandboxJson.object()
                .put("statusCode", error.status())
                .put("message", error.message())
                .put("error", REASONS.getOrDefault(error.status(), "Error")));
    }

    @Override
    public void close() {
        fetcher.close();
    }

    private void authenticate(ProviderExchange exchange) {
        String authorization = exchange.header("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)
                || authorization.substring(BEARER.length()).isBlank()) {
            throw AimlApiException.unauthorized("Missing API key: send Authorization: Bearer <key>");
        }
        if (!authorization.substring(BEARER.length()).trim().equals(config.aimlapiApiKey())) {
            throw AimlApiException.unauthorized("Invalid API key");
        }
    }
}
