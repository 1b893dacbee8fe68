package io.camelspeech.sandbox.spi;

import java.io.IOException;
import java.util.Optional;

/**
 * One imitated provider API, mounted under its own path prefix (for example {@code /ttsai/v1}). The sandbox reads
 * the request body, records the request, applies injected faults and then dispatches the exchange through the
 * module's {@link #routes()}; a {@link ProviderException} thrown on the way is answered with {@link #sendError}.
 */
public interface ProviderModule {

    /**
     * The provider's name and endpoints, mounted at its base path and at any storage paths outside the API that
     * presigned URLs point to ({@code /replica-uploads}); {@link ProviderExchange#mountPath()} tells which mount a
     * request came through.
     */
    Routes routes();

    /** Short provider name used in {@code providerBaseUrl(name)}, for example {@code ttsai}. */
    default String name() {
        return routes().provider();
    }

    /** Path prefix of every endpoint of this provider, without a trailing slash, for example {@code /ttsai/v1}. */
    default String basePath() {
        return routes().basePath();
    }

    /**
     * First look at every request, before faults and handling: count it, add the headers every response of this
     * provider carries, and refuse it early (for example over a rate limit).
     */
    default Optional<ProviderError> admit(ProviderExchange exchange) {
        return Optional.empty();
    }

    /** Sends an error in this provider's documented error format. */
    void sendError(ProviderExchange exchange, ProviderError error) throws IOException;

    /** Releases what the module started (threads, clients); called once when the sandbox closes. */
    default void close() {
    }
}
