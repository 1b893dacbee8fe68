package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.spi.ProviderConfig;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * TTS.ai's settings: the valid key, the plan whose limits apply (its requests per minute scaled when
 * {@code ratePerMinute} is set, for benchmarks), the starting credit balance, and keys that are valid but on a plan
 * without API access (403 forbidden).
 */
public record TtsAiConfig(String apiKey, String plan, long credits, Set<String> forbiddenKeys, int ratePerMinute)
        implements ProviderConfig {

    public static final String DEFAULT_FORBIDDEN_KEY = "sandbox-free-key";
    public static final Set<String> PLANS = Set.of("pro", "enterprise");
    public static final TtsAiConfig DEFAULTS = new TtsAiConfig(SandboxConfig.DEFAULT_API_KEY, "enterprise", 1_000_000,
            Set.of(DEFAULT_FORBIDDEN_KEY), 0);

    public TtsAiConfig {
        Objects.requireNonNull(apiKey, "ttsaiApiKey");
        plan = Objects.requireNonNull(plan, "ttsaiPlan").toLowerCase(Locale.ROOT);
        forbiddenKeys = Set.copyOf(Objects.requireNonNull(forbiddenKeys, "forbiddenKeys"));
    }

    public TtsAiConfig withApiKey(String newApiKey) {
        return new TtsAiConfig(newApiKey, plan, credits, forbiddenKeys, ratePerMinute);
    }

    public TtsAiConfig withPlan(String newPlan) {
        return new TtsAiConfig(apiKey, newPlan, credits, forbiddenKeys, ratePerMinute);
    }

    public TtsAiConfig withCredits(long newCredits) {
        return new TtsAiConfig(apiKey, plan, newCredits, forbiddenKeys, ratePerMinute);
    }

    public TtsAiConfig withForbiddenKeys(Set<String> newForbiddenKeys) {
        return new TtsAiConfig(apiKey, plan, credits, newForbiddenKeys, ratePerMinute);
    }

    /** The plan with {@code perMinute} requests per minute instead of its documented count (0: as documented). */
    public TtsAiConfig withRatePerMinute(int perMinute) {
        return new TtsAiConfig(apiKey, plan, credits, forbiddenKeys, perMinute);
    }

    @Override
    public void validate() {
        ProviderConfig.require(PLANS.contains(plan), "ttsaiPlan must be one of " + PLANS + ", was " + plan);
        ProviderConfig.require(!apiKey.isBlank(), "ttsaiApiKey must not be blank");
        ProviderConfig.require(credits >= 0, "credits must not be negative, was " + credits);
        ProviderConfig.require(ratePerMinute >= 0, "the rate per minute must not be negative, was " + ratePerMinute);
    }
}
