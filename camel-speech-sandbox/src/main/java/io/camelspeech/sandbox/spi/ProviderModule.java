package io.camelspeech.sandbox.spi;

import java.io.IOException;
import java.util.List;
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
     * Further path prefixes this module answers, outside its API, for example the storage a presigned upload URL
     * points to ({@code /replica-uploads}). They are not provider base URLs; {@link ProviderExchange#mountPath()}
     * tells which prefix a request came through.
     */
    default List<String> extraPaths() {
        return List.of();
    }

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

    /** Releases what the module started (threads, clients); called once when the sandbox closes. */
    default void close() {
    }
}
