package io.camelspeech.sandbox;

import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Carries out an injected {@link Fault} on an exchange whose body has already been consumed. */
final class FaultResponder {

    // valid JSON up to a point, then cut off, as a truncated response would be
    private static final byte[] MALFORMED_JSON =
            "{\"text\": \"sandbox malformed respon".getBytes(StandardCharsets.UTF_8);

    private FaultResponder() {
    }

    /** Answers with the fault; false when the request should still be answered normally (after a delay). */
    static boolean answer(Fault fault, ProviderExchange exchange, ProviderModule module) throws IOException {
        switch (fault.kind()) {
            case DELAY -> {
                pause(fault);
                return false;
            }
            case DROP_CONNECTION -> exchange.dropConnection();
            case MALFORMED_JSON -> exchange.respondBytes(200, "application/json", MALFORMED_JSON);
            case RATE_LIMITED -> module.sendError(exchange, rateLimited(fault.retryAfterSeconds()));
            case ERROR -> module.sendError(exchange, fault.error());
        }
        return true;
    }

    private static ProviderError rateLimited(int retryAfterSeconds) {
        long resetAt = Instant.now().getEpochSecond() + retryAfterSeconds;
        return ProviderError.of(429, "rate_limited", "Too many requests. Check the rate limit headers.")
                .withHeader("Retry-After", Integer.toString(retryAfterSeconds))
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", Long.toString(resetAt));
    }

    private static void pause(Fault fault) {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
