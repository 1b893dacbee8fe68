package io.camelspeech.sandbox.tencent;

import io.camelspeech.sandbox.spi.ProviderConfig;

import java.util.Objects;

/**
 * Tencent's settings: the valid {@code secretId} / {@code secretKey} (sent in the JSON body) and how many trained
 * models {@code ListModels} shows before any training job completes.
 */
public record TencentConfig(String secretId, String secretKey, int seedModels) implements ProviderConfig {

    public static final String DEFAULT_SECRET_ID = "sandbox-id";
    public static final String DEFAULT_SECRET_KEY = "sandbox-secret";
    public static final int DEFAULT_SEED_MODELS = 3;
    // Tencent lists at most 100 models per page: this allows several pages and keeps a listing cheap
    public static final int MAX_SEED_MODELS = 10_000;
    public static final TencentConfig DEFAULTS = new TencentConfig(DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY,
            DEFAULT_SEED_MODELS);

    public TencentConfig {
        Objects.requireNonNull(secretId, "tencentSecretId");
        Objects.requireNonNull(secretKey, "tencentSecretKey");
    }

    public TencentConfig withSecretId(String newSecretId) {
        return new TencentConfig(newSecretId, secretKey, seedModels);
    }

    public TencentConfig withSecretKey(String newSecretKey) {
        return new TencentConfig(secretId, newSecretKey, seedModels);
    }

    public TencentConfig withSeedModels(int newSeedModels) {
        return new TencentConfig(secretId, secretKey, newSeedModels);
    }

    @Override
    public void validate() {
        ProviderConfig.require(!secretId.isBlank(), "tencentSecretId must not be blank");
        ProviderConfig.require(!secretKey.isBlank(), "tencentSecretKey must not be blank");
        ProviderConfig.require(seedModels >= 0 && seedModels <= MAX_SEED_MODELS,
                "tencentSeedModels must be 0.." + MAX_SEED_MODELS + ", was " + seedModels);
    }
}
