package io.camelspeech.sandbox.openai;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.spi.ProviderConfig;

import java.util.Objects;

/** The OpenAI-compatible API's settings: the valid {@code Authorization: Bearer} key (no key is accepted too). */
public record OpenAiConfig(String apiKey) implements ProviderConfig {

    public static final OpenAiConfig DEFAULTS = new OpenAiConfig(SandboxConfig.DEFAULT_API_KEY);

    public OpenAiConfig {
        Objects.requireNonNull(apiKey, "openaiApiKey");
    }

    @Override
    public void validate() {
        ProviderConfig.require(!apiKey.isBlank(), "openaiApiKey must not be blank");
    }
}
