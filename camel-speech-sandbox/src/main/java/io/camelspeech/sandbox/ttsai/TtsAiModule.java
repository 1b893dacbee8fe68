package io.camelspeech.sandbox.ttsai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.KeyCheck;
import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.Routes;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The TTS.ai REST API ({@code https://api.tts.ai/v1/}) under {@code /ttsai/v1}: Bearer-key auth, plan rate limits
 * and text limits, a credit balance, the documented error format and all fourteen endpoints, plus results/.
 */
public final class TtsAiModule implements ProviderModule {

    public static final String NAME = "ttsai";
    public static final String BASE_PATH = "/ttsai/v1";

    private final boolean enforceRateLimits;
    private final long maxUploadBytes;
    private final TtsAiPlan plan;
    private final RateLimiter rateLimiter;
    private final KeyCheck apiKey;
    private final Routes routes;

    public TtsAiModule(SandboxContext context) {
        TtsAiConfig config = context.settings(TtsAiConfig.class);
        this.enforceRateLimits = context.config().enforceRateLimits();
        this.maxUploadBytes = context.config().maxUploadBytes();
        TtsAiPlan documented = TtsAiPlan.named(config.plan());
        this.plan = config.ratePerMinute() > 0 ? documented.withRequestsPerMinute(config.ratePerMinute()) : documented;
        this.rateLimiter = new RateLimiter(plan, System::currentTimeMillis);
        this.apiKey = KeyCheck.bearer(Set.of(config.apiKey()),
                        () -> TtsAiException.unauthorized("Missing API key: send Authorization: Bearer <key>."),
                        key -> TtsAiException.unauthorized("Invalid API key."))
                .withRefused(config.forbiddenKeys(),
                        key -> TtsAiException.forbidden("API access is not available on your plan."));
        TtsAiServices services = new TtsAiServices(context, plan, new TtsAiCatalog(),
                new CreditAccount(config.credits()), new ResultStore(), context.baseUrl() + BASE_PATH);
        this.routes = Routes.of(NAME).mount(BASE_PATH, apiKey)
                .post("tts", endpoint(new TextToSpeechEndpoint(services)))
                .post("stt", endpoint(new SpeechToTextEndpoint(services)))
                .post("tts/clone", endpoint(new VoiceCloneEndpoint(services)))
                .post("voice-convert", endpoint(new VoiceConvertEndpoint(services)))
                .post("speech-translate", endpoint(new SpeechTranslateEndpoint(services)))
                .post("speech-to-speech", endpoint(new SpeechToSpeechEndpoint(services)))
                .post("audio/enhance", endpoint(new EnhanceEndpoint(services)))
                .post("audio/separate", endpoint(new SeparateEndpoint(services)))
                .post("audio/dereverb", endpoint(new DereverbEndpoint(services)))
                .post("audio/analyze", endpoint(new AnalyzeEndpoint(services)))
                .post("audio/convert", endpoint(new ConvertEndpoint(services)))
                .post("voice-chat", endpoint(new VoiceChatEndpoint(services)))
                .get("models", endpoint(new ModelsEndpoint(services)))
                .get("voices", endpoint(new VoicesEndpoint(services)))
                .get("results/{id}", endpoint(new ResultsEndpoint(services)))
                .get("voices/preview/{file}", endpoint(new VoicePreviewEndpoint(services)))
                .notFound(exchange -> TtsAiException.notFound("No endpoint " + exchange.method() + " /v1/"
                        + exchange.endpoint() + "/."))
                .routes();
    }

    @Override
    public Routes routes() {
        return routes;
    }

    /** Counts the request against its key's window and puts the rate-limit headers on whatever answer follows. */
    @Override
    public Optional<ProviderError> admit(ProviderExchange exchange) {
        String key = apiKey.keyOf(exchange).orElse("");
        RateLimiter.Usage usage = rateLimiter.count(key);
        exchange.setResponseHeader("X-RateLimit-Limit", Integer.toString(usage.limit()));
        exchange.setResponseHeader("X-RateLimit-Remaining", Integer.toString(usage.remaining()));
        exchange.setResponseHeader("X-RateLimit-Reset", Long.toString(usage.resetEpochSeconds()));
        if (!enforceRateLimits) {
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
        exchange.onAnswered(() -> rateLimiter.leave(key));
        return Optional.empty();
    }

    /** {@code {"error": {"code": ..., "message": ..., ...details}}} with the error's extra headers. */
    @Override
    public void sendError(ProviderExchange exchange, ProviderError error) throws IOException {
        ObjectNode body = SandboxJson.object();
        ObjectNode fields = body.putObject("error").put("code", error.code()).put("message", error.message());
        error.details().forEach((name, value) -> fields.set(name, SandboxJson.MAPPER.valueToTree(value)));
        exchange.respondError(error, body);
    }

    // every endpoint reads its parameters, checked against the documented rules, from a readable body
    private Routes.Handler endpoint(TtsAiEndpoint endpoint) {
        return exchange -> {
            exchange.payload().requireReadable(TtsAiException::badRequest);
            endpoint.handle(exchange, new Params(exchange.payload(), exchange.endpoint(), maxUploadBytes));
        };
    }

    private String planName() {
        return plan.name();
    }
}
