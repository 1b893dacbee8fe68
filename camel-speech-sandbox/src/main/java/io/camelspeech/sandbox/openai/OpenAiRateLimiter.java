package io.camelspeech.sandbox.openai;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * OpenAI's request limit per key as a bucket that refills continuously: {@code limit} requests per
 * {@link OpenAiAssumptions#RATE_WINDOW}, so one request is given back every window / limit. The reset time is how
 * long until the bucket is full again (one request at 500 per minute: {@code 120ms}).
 */
final class OpenAiRateLimiter {

    // forget full buckets once this many keys have been seen, so random keys cannot grow the map forever
    private static final int SWEEP_THRESHOLD = 1_000;

    /** A key's standing after one more request arrived. */
    record Usage(int limit, int remaining, long resetMillis, boolean admitted, long retryAfterMillis) {
    }

    private record Bucket(double tokens, long atMillis) {
        Bucket refilledAt(long now, int limit, long windowMillis) {
            double refill = (now - atMillis) * (double) limit / windowMillis;
            return new Bucket(Math.min(limit, tokens + Math.max(0, refill)), Math.max(now, atMillis));
        }
    }

    private final int limit;
    private final long windowMillis;
    private final LongSupplier clockMillis;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    OpenAiRateLimiter(int limit, long windowMillis, LongSupplier clockMillis) {
        if (limit < 1 || windowMillis < 1) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.clockMillis = clockMillis;
    }

    /** Takes one request from the key's bucket when one is left; a refused request takes nothing. */
    Usage count(String key) {
        long now = clockMillis.getAsLong();
        boolean[] admitted = new boolean[1];
        Bucket bucket = buckets.compute(key, (k, current) -> {
            Bucket refilled = (current == null ? new Bucket(limit, now) : current).refilledAt(now, limit, windowMillis);
            admitted[0] = refilled.tokens() >= 1;
            return admitted[0] ? new Bucket(refilled.tokens() - 1, refilled.atMillis()) : refilled;
        });
        if (buckets.size() > SWEEP_THRESHOLD) {
            buckets.entrySet().removeIf(e -> e.getValue().refilledAt(now, limit, windowMillis).tokens() >= limit);
        }
        double missing = limit - bucket.tokens();
        long resetMillis = (long) Math.ceil(missing * windowMillis / limit);
        long retryAfterMillis = bucket.tokens() >= 1 ? 0 : (long) Math.ceil((1 - bucket.tokens()) * windowMillis / limit);
        return new Usage(limit, (int) Math.floor(bucket.tokens()), resetMillis, admitted[0], retryAfterMillis);
    }
}
