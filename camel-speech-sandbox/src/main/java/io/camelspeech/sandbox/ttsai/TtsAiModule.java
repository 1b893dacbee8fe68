package io.camelspeech.sandbox.ttsai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The TTS.ai REST API ({@code https://api.tts.ai/v1/}) under {@code /ttsai/v1}: Bearer-key auth, plan rate limits
 * and text limits, a credit balance, the documented error format and all fourteen endpoints, plus results/.
 */
public final class TtsAiModule implements ProviderModule {

    public static final String NAME = "ttsai";
    public static final String BASE_PATH = "/ttsai/v1";

    private static final String BEARER = "bearer ";

    private final SandboxConfig config;
    private final TtsAiPlan plan;
    private final RateLimiter rateLimiter;
    private final TtsAiRoutes routes;

    public TtsAiModule(SandboxContext context) {
        this.config = context.config();
        this.plan = TtsAiPlan.named(config.ttsaiPlan());
        this.rateLimiter = new RateLimiter(plan, System::currentTimeMillis);
        TtsAiServices services = new TtsAiServices(context, plan, new TtsAiCatalog(),
                new CreditAccount(config.credits()), new ResultStore(), context.baseUrl() + BASE_PATH);
        this.routes = new TtsAiRoutes(services);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String basePath() {
        return BASE_PATH;
    }

    /** Counts the request against its key's window and puts the rate-limit headers on whatever answer follows. */
    @Override
    public Optional<ProviderError> admit(ProviderExchange exchange) {
        String key = bearerKey(exchange).orElse("");
        RateLimiter.Usage usage = rateLimiter.count(key);
        exchange.setResponseHeader("X-RateLimit-Limit", Integer.toString(usage.limit()));
        exchange.setResponseHeader("X-RateLimit-Remaining", Integer.toString(usage.remaining()));
        exchange.setResponseHeader("X-RateLimit-Reset", Long.toString(usage.resetEpochSeconds()));
        if (!config.enforceRateLimits()) {
            return Optional.empty();
        }
        if (usage.exceeded()) {
            return Optional.of(TtsAiException.rateLimited("Too many requests: the " + planName() + " plan allows "
                    + plan.requestsPerMinute() + " per minute.", usage.retryAfterSeconds()).error());
        }
        if (!rateLimiter.tryEnter(key)) {
            return Optional.of(TtsAiException.rateLimited("Too many concurrent requests: the " + planName()
                    + " plan allows " + plan.concurrentRequests() + ".", 1).error());
        }
        exchange.onComplete(() -> rateLimiter.leave(key));
        return Optional.empty();
    }

    @Override
    public void handle(ProviderExchange exchange) throws IOException {
        try {
            authenticate(exchange);
            exchange.payload().problem().ifPresent(problem -> {
                throw TtsAiException.badRequest(problem);
            });
            TtsAiEndpoint endpoint = routes.find(exchange.method(), exchange.endpoint())
                    .orElseThrow(() -> TtsAiException.notFound("No endpoint " + exchange.method() + " /v1/"
                            + exchange.endpoint() + "/."));
            endpoint.handle(exchange, new Params(exchange.payload(), exchange.endpoint(), config.maxUploadBytes()));
        } catch (TtsAiException e) {
            sendError(exchange, e.error());
        }
    }

    /** {@code {"error": {"code": ..., "message": ..., ...details}}} with the error's extra headers. */
    @Override
    public void sendError(ProviderExchange exchange, ProviderError error) throws IOException {
        ObjectNode body = SandboxJson.object();
        ObjectNode fields = body.putObject("error").put("code", error.code()).put("message", error.message());
        error.details().forEach((name, value) -> fields.set(name, SandboxJson.MAPPER.valueToTree(value)));
        error.headers().forEach(exchange::setResponseHeader);
        exchange.respondJson(error.status(), body);
    }

    private void authenticate(ProviderExchange exchange) {
        String key = bearerKey(exchange)
                .orElseThrow(() -> TtsAiException.unauthorized("Missing API key: send Authorization: Bearer <key>."));
        if (config.forbiddenKeys().contains(key)) {
            throw TtsAiException.forbidden("API access is not available on your plan.");
        }
        if (!key.equals(config.ttsaiApiKey())) {
            throw TtsAiException.unauthorized("Invalid API key.");
        }
    }

    private static Optional<String> bearerKey(ProviderExchange exchange) {
        String authorization = exchange.header("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return Optional.empty();
        }
        String key = authorization.substring(BEARER.length()).trim();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private String planName() {
        return plan.name().toLowerCase(Locale.ROOT);
    }
}
