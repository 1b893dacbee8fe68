package io.camelspeech.sandbox.ttsai;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/** Per-key request counting in fixed minute windows, and per-key counting of requests in progress. */
final class RateLimiter {

    // forget finished windows once this many keys have been seen, so random keys cannot grow the map forever
    private static final int SWEEP_THRESHOLD = 1_000;

    /** A key's standing after counting one more request. */
    record Usage(int limit, int count, long resetAtMillis, long nowMillis) {
        int remaining() {
            return Math.max(0, limit - count);
        }

        boolean exceeded() {
            return count > limit;
        }

        long resetEpochSeconds() {
            return (resetAtMillis + 999) / 1000;
        }

        long retryAfterSeconds() {
            return Math.max(1, (resetAtMillis - nowMillis + 999) / 1000);
        }
    }

    private record Window(long resetAtMillis, int count) {
        Window plusOne() {
            return new Window(resetAtMillis, count + 1);
        }
    }

    private final TtsAiPlan plan;
    private final LongSupplier clockMillis;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicInteger> inProgress = new ConcurrentHashMap<>();

    RateLimiter(TtsAiPlan plan, LongSupplier clockMillis) {
        this.plan = plan;
        this.clockMillis = clockMillis;
    }

    Usage count(String key) {
        long now = clockMillis.getAsLong();
        long windowMillis = TtsAiAssumptions.RATE_WINDOW.toMillis();
        Window window = windows.compute(key, (k, current) ->
                current == null || now >= current.resetAtMillis() ? new Window(now + windowMillis, 1) : current.plusOne());
        if (windows.size() > SWEEP_THRESHOLD) {
            windows.values().removeIf(w -> now >= w.resetAtMillis());
        }
        return new Usage(plan.requestsPerMinute(), window.count(), window.resetAtMillis(), now);
    }

    /** Takes a concurrency slot for the key; false when the plan's concurrent limit is reached. */
    boolean tryEnter(String key) {
        AtomicInteger running = inProgress.computeIfAbsent(key, k -> new AtomicInteger());
        if (running.incrementAndGet() > plan.concurrentRequests()) {
            running.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave(String key) {
        inProgress.get(key).decrementAndGet();
    }
}
