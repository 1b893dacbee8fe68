package io.camelspeech.sandbox.openai;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The OpenAI-compatible audio API ({@code https://api.openai.com/v1}) under {@code /openai/v1}: optional Bearer
 * key, {@code audio/speech}, {@code audio/transcriptions} and {@code audio/translations}, OpenAI's error format and
 * its {@code x-ratelimit-*-requests} headers on every answer. Choices the reference leaves open are listed in
 * {@link OpenAiAssumptions}.
 */
public final class OpenAiModule implements ProviderModule {

    public static final String NAME = "openai";
    public static final String BASE_PATH = "/openai/v1";

    // one spelling per header: the JDK server only capitalises the first letter, so two spellings would be two headers
    static final String RETRY_AFTER = "Retry-After";
    static final String LIMIT_REQUESTS = "x-ratelimit-limit-requests";
    static final String REMAINING_REQUESTS = "x-ratelimit-remaining-requests";
    static final String RESET_REQUESTS = "x-ratelimit-reset-requests";
    static final String REQUEST_ID = "x-request-id";

    // the headers a generic Fault.rateLimited() carries in TTS.ai's style; OpenAI answers with its own instead
    private static final Set<String> FOREIGN_FAULT_HEADERS = Set.of("x-ratelimit-remaining", "x-ratelimit-reset");

    private final boolean enforceRateLimits;
    private final OpenAiRateLimiter rateLimiter;
    private final KeyCheck apiKey;
    private final Routes routes;

    public OpenAiModule(SandboxContext context) {
        this.enforceRateLimits = context.config().enforceRateLimits();
        this.rateLimiter = new OpenAiRateLimiter(OpenAiAssumptions.REQUESTS_PER_MINUTE,
                OpenAiAssumptions.RATE_WINDOW.toMillis(), System::currentTimeMillis);
        this.apiKey = KeyCheck.bearer(Set.of(context.settings(OpenAiConfig.class).apiKey()),
                        () -> OpenAiException.authentication(OpenAiAssumptions.NO_KEY_MESSAGE),
                        key -> OpenAiException.authentication("Incorrect API key provided: " + masked(key)
                                + ". You can find your API key at https://platform.openai.com/account/api-keys."))
                .withRefused(Set.of(OpenAiAssumptions.NO_QUOTA_KEY), key -> OpenAiException.insufficientQuota())
                .withKeylessAccepted(OpenAiAssumptions.KEYLESS_REQUESTS_ACCEPTED);
        long maxUploadBytes = context.config().maxUploadBytes();
        this.routes = Routes.of(NAME).mount(BASE_PATH, apiKey)
                .post("audio/speech", new SpeechEndpoint(context.audio())::handle)
                .post("audio/transcriptions",
                        new TranscriptionEndpoint(TranscriptionEndpoint.Task.TRANSCRIBE, maxUploadBytes)::handle)
                .post("audio/translations",
                        new TranscriptionEndpoint(TranscriptionEndpoint.Task.TRANSLATE, maxUploadBytes)::handle)
                .notFound(exchange -> OpenAiException.notFound(exchange.method(), "/v1/" + exchange.endpoint()))
                .routes();
    }

    /** Counts the request in its key's bucket and puts the rate-limit headers on whatever answer follows. */
    @Override
    public Optional<ProviderError> admit(ProviderExchange exchange) {
        exchange.setResponseHeader(REQUEST_ID, "req_" + UUID.randomUUID().toString().replace("-", ""));
        String key = apiKey.keyOf(exchange).orElse("");
        OpenAiRateLimiter.Usage usage = rateLimiter.count(key);
        exchange.setResponseHeader(LIMIT_REQUESTS, Integer.toString(usage.limit()));
        exchange.setResponseHeader(REMAINING_REQUESTS, Integer.toString(usage.remaining()));
        exchange.setResponseHeader(RESET_REQUESTS, OpenAiDuration.format(usage.resetMillis()));
        if (usage.admitted() || !enforceRateLimits) {
            return Optional.empty();
        }
        long retryAfterSeconds = Math.max(1, (usage.retryAfterMillis() + 999) / 1000);
        return Optional.of(OpenAiException.rateLimited("Rate limit reached for requests per min (RPM): Limit "
                + usage.limit() + ", Used " + usage.limit() + ", Requested 1. Please try again in "
                + OpenAiDuration.format(usage.retryAfterMillis()) + ".", retryAfterSeconds).error());
    }

    @Override
    public Routes routes() {
        return routes;
    }

    /**
     * {@code {"error": {"message", "type", "param", "code"}}}. Errors from elsewhere (injected faults, sandbox
     * failures) get the type their status implies and no param; a generic 429 {@code rate_limited} fault becomes
     * {@code rate_limit_exceeded} with {@code retry-after} and an exhausted request window.
     */
    @Override
    public void sendError(ProviderExchange exchange, ProviderError error) throws IOException {
        String code = "rate_limited".equals(error.code()) ? OpenAiException.RATE_LIMIT_EXCEEDED : error.code();
        Object type = error.details().get(OpenAiException.TYPE);
        Object param = error.details().get(OpenAiException.PARAM);
        ObjectNode fields = SandboxJson.object();
        ObjectNode body = fields.putObject("error")
                .put("message", error.message())
                .put("type", type instanceof String ? (String) type : typeOf(error.status(), code));
        if (param == null) {
            body.putNull("param");
        } else {
            body.put("param", param.toString());
        }
        if (code == null) {
            body.putNull("code");
        } else {
            body.put("code", code);
        }
        for (Map.Entry<String, String> header : error.headers().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("retry-after")) {
                exchange.setResponseHeader(RETRY_AFTER, header.getValue());
            } else if (!FOREIGN_FAULT_HEADERS.contains(name)) {
                exchange.setResponseHeader(header.getKey(), header.getValue());
            }
        }
        if (error.status() == 429 && OpenAiException.RATE_LIMIT_EXCEEDED.equals(code)) {
            String retryAfter = error.headers().entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase(RETRY_AFTER))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(Long.toString(OpenAiAssumptions.DEFAULT_RETRY_AFTER_SECONDS));
            exchange.setResponseHeader(RETRY_AFTER, retryAfter);
            exchange.setResponseHeader(REMAINING_REQUESTS, "0");
            exchange.setResponseHeader(RESET_REQUESTS, OpenAiDuration.format(seconds(retryAfter) * 1000));
        }
        exchange.respondJson(error.status(), fields);
    }

    private static String typeOf(int status, String code) {
        if (status == 429) {
            return OpenAiException.INSUFFICIENT_QUOTA.equals(code) ? OpenAiException.INSUFFICIENT_QUOTA
                    : OpenAiException.REQUESTS;
        }
        return status >= 500 ? OpenAiException.SERVER_ERROR : OpenAiException.INVALID_REQUEST;
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.max(0, Math.round(Double.parseDouble(retryAfter.trim())));
        } catch (NumberFormatException e) {
            return OpenAiAssumptions.DEFAULT_RETRY_AFTER_SECONDS;
        }
    }

    // as OpenAI does: never echo a whole key
    private static String masked(String key) {
        if (key.length() <= 8) {
            return "*".repeat(key.length());
        }
        return key.substring(0, 3) + "*".repeat(key.length() - 7) + key.substring(key.length() - 4);
    }
}
