package io.camelspeech.component.job;

/**
 * When to ask: first after {@code intervalMillis}, then each wait {@code growth} times longer up to
 * {@code maxIntervalMillis}; give up waiting after {@code timeoutMillis} (0 = never).
 */
public record PollSchedule(long intervalMillis, long maxIntervalMillis, double growth, long timeoutMillis) {

    long next(long previous) {
        return Math.min(maxIntervalMillis, Math.max(intervalMillis, (long) (previous * growth)));
    }
}
