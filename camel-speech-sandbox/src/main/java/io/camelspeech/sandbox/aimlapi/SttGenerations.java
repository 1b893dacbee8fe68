package io.camelspeech.sandbox.aimlapi;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Generations by id, kept for the documented hour; a generation costs one map entry, whatever its state. */
final class SttGenerations {

    // expired entries are swept at most this often, so creating a generation stays cheap
    private static final long SWEEP_INTERVAL_MILLIS = 60_000;

    private final Map<String, SttGeneration> generations = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(System.currentTimeMillis());

    void add(SttGeneration generation) {
        sweep(System.currentTimeMillis());
        generations.put(generation.id(), generation);
    }

    Optional<SttGeneration> find(String id, long nowMillis) {
        return Optional.ofNullable(generations.get(id)).filter(generation -> !expired(generation, nowMillis));
    }

    private void sweep(long nowMillis) {
        long last = lastSweep.get();
        if (nowMillis - last >= SWEEP_INTERVAL_MILLIS && lastSweep.compareAndSet(last, nowMillis)) {
            generations.values().removeIf(generation -> expired(generation, nowMillis));
        }
    }

    private static boolean expired(SttGeneration generation, long nowMillis) {
        return nowMillis - generation.createdAtMillis() >= AimlApiAssumptions.RESULT_RETENTION.toMillis();
    }
}
