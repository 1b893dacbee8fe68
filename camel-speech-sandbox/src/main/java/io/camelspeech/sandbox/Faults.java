package io.camelspeech.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults to inject into provider requests. Queued faults come first, in the order they were enqueued; random
 * faults apply to requests no queued fault matched. Thread-safe.
 *
 * <p>Paths are matched as the client sent them, provider prefix included ({@code /ttsai/v1/tts/}); note that
 * {@code "/tts"} matches every TTS.ai path because of the {@code /ttsai} prefix, so target {@code "/v1/tts/"}.
 */
public final class Faults {

    private final List<QueuedFault> queue = new ArrayList<>();
    private final AtomicLong injected = new AtomicLong();
    private RandomFaults random;

    /** The next {@code times} requests whose path contains {@code pathContains} get this fault. */
    public synchronized void enqueue(String pathContains, Fault fault, int times) {
        Objects.requireNonNull(pathContains, "pathContains");
        Objects.requireNonNull(fault, "fault");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        queue.add(new QueuedFault(pathContains, fault, times));
    }

    /**
     * A fraction {@code rate} of all provider requests get a fault picked from {@code kinds}, reproducibly for a
     * given seed and arrival order. Without kinds: 429 (retry after 1 s), 503 model_loading or 500 internal_error.
     */
    public synchronized void randomly(double rate, long seed, Fault... kinds) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be 0..1, was " + rate);
        }
        List<Fault> choices = kinds.length > 0
                ? List.of(kinds)
                : List.of(Fault.rateLimited(1), Fault.modelLoading(), Fault.internalError());
        random = rate == 0 ? null : new RandomFaults(rate, new Random(seed), choices);
    }

    /** Removes queued and random faults; the injected count stays. */
    public synchronized void clear() {
        queue.clear();
        random = null;
    }

    /** How many faults have been injected since the sandbox started. */
    public long injectedCount() {
        return injected.get();
    }

    /** The fault for a request that just arrived, if any; consumes it. */
    synchronized Optional<Fault> next(String path) {
        Optional<Fault> fault = fromQueue(path).or(() -> random == null ? Optional.empty() : random.draw());
        fault.ifPresent(f -> injected.incrementAndGet());
        return fault;
    }

    private Optional<Fault> fromQueue(String path) {
        for (Iterator<QueuedFault> it = queue.iterator(); it.hasNext(); ) {
            QueuedFault queued = it.next();
            if (path.contains(queued.pathContains)) {
                if (--queued.remaining == 0) {
                    it.remove();
                }
                return Optional.of(queued.fault);
            }
        }
        return Optional.empty();
    }

    private static final class QueuedFault {
        private final String pathContains;
        private final Fault fault;
        private int remaining;

        QueuedFault(String pathContains, Fault fault, int remaining) {
            this.pathContains = pathContains;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private record RandomFaults(double rate, Random random, List<Fault> choices) {
        Optional<Fault> draw() {
            if (random.nextDouble() >= rate) {
                return Optional.empty();
            }
            return Optional.of(choices.get(random.nextInt(choices.size())));
        }
    }
}
