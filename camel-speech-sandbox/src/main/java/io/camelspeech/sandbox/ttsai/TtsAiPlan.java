package io.camelspeech.sandbox.ttsai;

import java.util.Locale;
import java.util.Map;

/** The documented limits of the plans that have API access; benchmarks may scale a plan's requests per minute. */
record TtsAiPlan(String name, int requestsPerMinute, int concurrentRequests, int maxTextCharacters) {

    private static final Map<String, TtsAiPlan> DOCUMENTED = Map.of(
            "pro", new TtsAiPlan("pro", 60, 5, 5_000),
            "enterprise", new TtsAiPlan("enterprise", 300, 20, 50_000));

    static TtsAiPlan named(String name) {
        TtsAiPlan plan = DOCUMENTED.get(name.toLowerCase(Locale.ROOT));
        if (plan == null) {
            throw new IllegalArgumentException("no TTS.ai plan " + name + "; plans: " + DOCUMENTED.keySet());
        }
        return plan;
    }

    /** The same plan with another per-minute allowance (its window, concurrency and text limit unchanged). */
    TtsAiPlan withRequestsPerMinute(int perMinute) {
        return new TtsAiPlan(name, perMinute, concurrentRequests, maxTextCharacters);
    }
}
