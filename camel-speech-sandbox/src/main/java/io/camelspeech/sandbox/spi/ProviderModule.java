package io.camelspeech.sandbox.spi;

import java.io.IOException;
import java.util.Optional;

/**
 * One imitated provider API, mounted under its own path prefix (for example {@code /ttsai/v1}). The sandbox reads
 * the request body, records the request, applies injected faults and then hands the exchange to the module.
 */
public interface ProviderModule {

    /** Short provider name used in {@code providerBaseUrl(name)}, for example {@code ttsai}. */
    String name();

    /** Path prefix of every endpoint of this provider, without a trailing slash, for example {@code /ttsai/v1}. */
    String basePath();

    /**
     * First look at every request, before faults and handling: count it, add the headers every response of this
     * provider carries, and refuse it early (for example over a rate limit).
     */
    default Optional<ProviderError> admit(ProviderExchange exchange) {
        return Optional.empty();
    }

    /** Answers a request; must send exactly one response (or drop the connection). */
    void handle(ProviderExchange exchange) throws IOException;

    /** Sends an error in this provider's documented error format. */
    void sendError(ProviderExchange exchange, ProviderError error) throws IOException;
}
