package io.camelspeech.sandbox.ttsai;

import java.util.Locale;

/** The documented limits of the plans that have API access. */
enum TtsAiPlan {
    PRO(60, 5, 5_000),
    ENTERPRISE(300, 20, 50_000);

    private final int requestsPerMinute;
    private final int concurrentRequests;
    private final int maxTextCharacters;

    TtsAiPlan(int requestsPerMinute, int concurrentRequests, int maxTextCharacters) {
        this.requestsPerMinute = requestsPerMinute;
        this.concurrentRequests = concurrentRequests;
        this.maxTextCharacters = maxTextCharacters;
    }

    static TtsAiPlan named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    int requestsPerMinute() {
        return requestsPerMinute;
    }

    int concurrentRequests() {
        return concurrentRequests;
    }

    int maxTextCharacters() {
        return maxTextCharacters;
    }
}
