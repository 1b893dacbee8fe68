package io.camelspeech.sandbox.aimlapi;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.spi.ProviderConfig;

import java.util.Objects;

/** The AI/ML API's settings: the valid {@code Authorization: Bearer} key. */
public record AimlApiConfig(String apiKey) implements ProviderConfig {

    public static final AimlApiConfig DEFAULTS = new AimlApiConfig(SandboxConfig.DEFAULT_API_KEY);

    public AimlApiConfig {
        Objects.requireNonNull(apiKey, "aimlapiApiKey");
    }

    @Override
    public void validate() {
        ProviderConfig.require(!apiKey.isBlank(), "aimlapiApiKey must not be blank");
    }
}
