package io.camelspeech.sandbox.audiostack;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.spi.ProviderConfig;

import java.time.Duration;
import java.util.Objects;

/**
 * AudioStack's settings: the valid {@code x-api-key} and how long a professional clone takes (instant clones take
 * the sandbox's job duration).
 */
public record AudioStackConfig(String apiKey, Duration professionalCloneDuration) implements ProviderConfig {

    public static final Duration DEFAULT_PROFESSIONAL_CLONE_DURATION = Duration.ofSeconds(2);
    public static final AudioStackConfig DEFAULTS = new AudioStackConfig(SandboxConfig.DEFAULT_API_KEY,
            DEFAULT_PROFESSIONAL_CLONE_DURATION);

    public AudioStackConfig {
        Objects.requireNonNull(apiKey, "audiostackApiKey");
        Objects.requireNonNull(professionalCloneDuration, "professionalCloneDuration");
    }

    public AudioStackConfig withApiKey(String newApiKey) {
        return new AudioStackConfig(newApiKey, professionalCloneDuration);
    }

    public AudioStackConfig withProfessionalCloneDuration(Duration newDuration) {
        return new AudioStackConfig(apiKey, newDuration);
    }

    @Override
    public void validate() {
        ProviderConfig.require(!apiKey.isBlank(), "audiostackApiKey must not be blank");
        ProviderConfig.require(!professionalCloneDuration.isNegative(), "professionalCloneDuration must not be negative");
    }
}
