package io.camelspeech.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Every request that reached a provider module, in arrival order. A request appears once its response status is
 * decided, which is before the client can see the response. Thread-safe. Keeps the most recent {@value #CAPACITY}
 * requests so that a long benchmark cannot exhaust the heap.
 *
 * <p>Filters match the full path, provider prefix included: {@code count("/v1/tts/")} counts text-to-speech
 * calls, while {@code "/tts"} would match every TTS.ai path.
 */
public final class WireLog {

    static final int CAPACITY = 10_000;

    private final Deque<Slot> slots = new ArrayDeque<>();

    /** Completed requests in arrival order. */
    public synchronized List<RecordedRequest> requests() {
        List<RecordedRequest> completed = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            if (slot.record != null) {
                completed.add(slot.record);
            }
        }
        return List.copyOf(completed);
    }

    /** Completed requests whose path contains the given text, in arrival order. */
    public List<RecordedRequest> requests(String pathContains) {
        Objects.requireNonNull(pathContains, "pathContains");
        return requests().stream().filter(r -> r.path().contains(pathContains)).toList();
    }

    /** The completed request that arrived last, or null when there is none. */
    public RecordedRequest last() {
        List<RecordedRequest> all = requests();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    public int count(String pathContains) {
        return requests(pathContains).size();
    }

    public synchronized void clear() {
        slots.clear();
    }

    /** Reserves the arrival position of a request whose record is filled in when its response is decided. */
    synchronized Slot reserve() {
        if (slots.size() >= CAPACITY) {
            slots.removeFirst();
        }
        Slot slot = new Slot();
        slots.addLast(slot);
        return slot;
    }

    /** The place of one request in the log. */
    final class Slot {
        private RecordedRequest record;

        void complete(RecordedRequest completed) {
            synchronized (WireLog.this) {
                record = completed;
            }
        }
    }
}
