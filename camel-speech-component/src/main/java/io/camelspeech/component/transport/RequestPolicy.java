package io.camelspeech.component.transport;

import io.camelspeech.component.metrics.SpeechStatistics;

/**
 * How one provider request is sent: retries, back-off bounds, timeout, the rate limiter of its API key, and the
 * provider's error format.
 */
public record RequestPolicy(
        String provider,
        int maxRetries,
        long retryDelayMillis,
        long maxRetryDelayMillis,
        long requestTimeoutMillis,
        AsyncRateLimiter limiter,
        ErrorParser errorParser,
        SpeechStatistics statistics) {
}
