package io.camelspeech.sandbox.replica;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.spi.ProviderConfig;

import java.util.Objects;

/** Replica's settings: the valid {@code X-Api-Key}. */
public record ReplicaConfig(String apiKey) implements ProviderConfig {

    public static final ReplicaConfig DEFAULTS = new ReplicaConfig(SandboxConfig.DEFAULT_API_KEY);

    public ReplicaConfig {
        Objects.requireNonNull(apiKey, "replicaApiKey");
    }

    @Override
    public void validate() {
        ProviderConfig.require(!apiKey.isBlank(), "replicaApiKey must not be blank");
    }
}
