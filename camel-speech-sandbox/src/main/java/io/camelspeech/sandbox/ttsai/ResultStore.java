package io.camelspeech.sandbox.ttsai;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Results that JSON answers and webhooks point to (results/{id}), kept for the documented 24 hours. */
final class ResultStore {

    private record Entry(StoredResult result, Instant expiresAt) {
    }

    private final Map<String, Entry> results = new ConcurrentHashMap<>();

    /** Stores a result under a new id such as {@code translate_3f9a0c1d2e4b.wav}. */
    String put(String idPrefix, String idSuffix, StoredResult result) {
        Instant now = Instant.now();
        results.values().removeIf(entry -> entry.expiresAt().isBefore(now));
        String id = newId(idPrefix) + idSuffix;
        results.put(id, new Entry(result, now.plus(TtsAiAssumptions.RESULT_RETENTION)));
        return id;
    }

    Optional<StoredResult> get(String id) {
        Entry entry = results.get(id);
        if (entry == null || entry.expiresAt().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(entry.result());
    }

    /** A fresh id like {@code conv_3f9a0c1d2e4b}. */
    static String newId(String prefix) {
        return prefix + "_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
    }
}
