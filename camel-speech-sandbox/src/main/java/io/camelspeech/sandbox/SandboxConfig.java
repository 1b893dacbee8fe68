package io.camelspeech.sandbox;

import io.camelspeech.sandbox.aimlapi.AimlApiConfig;
import io.camelspeech.sandbox.audiostack.AudioStackConfig;
import io.camelspeech.sandbox.openai.OpenAiConfig;
import io.camelspeech.sandbox.replica.ReplicaConfig;
import io.camelspeech.sandbox.spi.ProviderConfig;
import io.camelspeech.sandbox.tencent.TencentConfig;
import io.camelspeech.sandbox.ttsai.TtsAiConfig;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Immutable settings of a {@link SpeechSandbox}, built with {@link #builder()} or parsed from command-line flags
 * with {@link #fromArgs(String...)}: the settings every provider shares, and one {@link ProviderConfig} record per
 * provider ({@link #provider(Class)}). The builder keeps a setter for each provider setting that has a flag.
 */
public final class SandboxConfig {

    public static final String DEFAULT_API_KEY = "sandbox-key";
    public static final Duration DEFAULT_JOB_DURATION = Duration.ofMillis(300);
    // a cache worth having, yet at most an eighth of the heap: the sandbox also runs in small-heap JVMs
    public static final long DEFAULT_AUDIO_CACHE_BYTES = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);

    private final int port;
    private final int threads;
    private final boolean enforceRateLimits;
    private final Duration webhookDelay;
    private final double faultRate;
    private final long faultSeed;
    private final long maxUploadBytes;
    private final Duration jobDuration;
    private final long audioCacheBytes;
    private final Map<Class<?>, ProviderConfig> providers;

    private SandboxConfig(Builder builder) {
        this.port = builder.port;
        this.threads = builder.threads;
        this.enforceRateLimits = builder.enforceRateLimits;
        this.webhookDelay = builder.webhookDelay;
        this.faultRate = builder.faultRate;
        this.faultSeed = builder.faultSeed;
        this.maxUploadBytes = builder.maxUploadBytes;
        this.jobDuration = builder.jobDuration;
        this.audioCacheBytes = builder.audioCacheBytes;
        this.providers = Map.copyOf(builder.providers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Parses the flags described by {@link #usage()}; both {@code --port 8089} and {@code --port=8089} work. */
    public static SandboxConfig fromArgs(String... args) {
        return new ArgsParser(args).parse();
    }

    public static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar camel-speech-sandbox.jar [options]",
                "  --port N              port on 127.0.0.1 (0 = any free port; default 0)",
                "  --ttsai-key K         the valid TTS.ai API key (default " + DEFAULT_API_KEY + ")",
                "  --ttsai-plan P        pro | enterprise (default enterprise)",
                "  --ttsai-rate-per-minute N  the plan's requests per minute instead of its documented count",
                "  --credits N           starting credit balance (default 1000000)",
                "  --threads N           HTTP worker threads (default 128)",
                "  --rate-limit          enforce the plan's requests/minute and concurrency limits",
                "  --fault-rate R        fraction of requests that get a random fault (0..1, default 0)",
                "  --fault-seed S        seed of the random faults (default 42)",
                "  --webhook-delay-ms N  delay before a webhook is sent (default 200)",
                "  --max-upload-mb N     one upload limit for every endpoint instead of the documented ones",
                "  --audio-cache-mb N    memory for generated audio that repeats (default "
                        + DEFAULT_AUDIO_CACHE_BYTES / (1024 * 1024) + ", 0 = none)",
                "  --replica-key K       the valid Replica key, X-Api-Key (default " + DEFAULT_API_KEY + ")",
                "  --audiostack-key K    the valid AudioStack key, x-api-key (default " + DEFAULT_API_KEY + ")",
                "  --aimlapi-key K       the valid AI/ML API key, Authorization: Bearer (default " + DEFAULT_API_KEY + ")",
                "  --openai-key K        the valid OpenAI-compatible key, Authorization: Bearer (default "
                        + DEFAULT_API_KEY + ")",
                "  --tencent-secret-id I   the valid Tencent secretId (default " + TencentConfig.DEFAULT_SECRET_ID + ")",
                "  --tencent-secret-key K  the valid Tencent secretKey (default " + TencentConfig.DEFAULT_SECRET_KEY + ")",
                "  --job-duration-ms N   how long a provider job runs before it ends (default "
                        + DEFAULT_JOB_DURATION.toMillis() + ")",
                "  --professional-clone-ms N  how long an AudioStack professional clone takes (default "
                        + AudioStackConfig.DEFAULT_PROFESSIONAL_CLONE_DURATION.toMillis() + ")",
                "  --tencent-seed-models N    trained models Tencent lists from the start (default "
                        + TencentConfig.DEFAULT_SEED_MODELS + ")");
    }

    public Builder toBuilder() {
        Builder builder = new Builder()
                .port(port)
                .threads(threads)
                .enforceRateLimits(enforceRateLimits)
                .webhookDelay(webhookDelay)
                .faultRate(faultRate)
                .faultSeed(faultSeed)
                .maxUploadBytes(maxUploadBytes)
                .jobDuration(jobDuration)
                .audioCacheBytes(audioCacheBytes);
        providers.values().forEach(builder::provider);
        return builder;
    }

    public int port() {
        return port;
    }

    public int threads() {
        return threads;
    }

    /** Enforce the providers' documented rate limits (429); their rate-limit headers are always sent. */
    public boolean enforceRateLimits() {
        return enforceRateLimits;
    }

    public Duration webhookDelay() {
        return webhookDelay;
    }

    public double faultRate() {
        return faultRate;
    }

    public long faultSeed() {
        return faultSeed;
    }

    /** One upload limit for every endpoint (an account whose contract allows more); 0 keeps the documented ones. */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** How long a job (Replica, AI/ML API, AudioStack instant clone, Tencent) runs before it ends. */
    public Duration jobDuration() {
        return jobDuration;
    }

    /** Memory for generated audio that is asked for again (see {@link io.camelspeech.sandbox.audio.AudioCache}). */
    public long audioCacheBytes() {
        return audioCacheBytes;
    }

    /** The settings of one provider, for example {@code provider(TtsAiConfig.class).plan()}. */
    public <C extends ProviderConfig> C provider(Class<C> type) {
        ProviderConfig settings = providers.get(type);
        if (settings == null) {
            throw new IllegalArgumentException("no registered provider is configured by " + type.getName());
        }
        return type.cast(settings);
    }

    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", threads=" + threads + ", enforceRateLimits=" + enforceRateLimits
                + ", webhookDelay=" + webhookDelay.toMillis() + "ms, faultRate=" + faultRate + ", faultSeed="
                + faultSeed + ", maxUploadBytes=" + maxUploadBytes + ", jobDuration=" + jobDuration.toMillis()
                + "ms, audioCacheBytes=" + audioCacheBytes + ", providers=" + providers.values() + "]";
    }

    /** Collects settings; {@link #build()} validates them. */
    public static final class Builder {
        private int port;
        private int threads = 128;
        private boolean enforceRateLimits;
        private Duration webhookDelay = Duration.ofMillis(200);
        private double faultRate;
        private long faultSeed = 42;
        private long maxUploadBytes;
        private Duration jobDuration = DEFAULT_JOB_DURATION;
        private long audioCacheBytes = DEFAULT_AUDIO_CACHE_BYTES;
        private final Map<Class<?>, ProviderConfig> providers = new LinkedHashMap<>();

        private Builder() {
            Providers.ALL.forEach(registered -> provider(registered.defaults()));
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder enforceRateLimits(boolean enforceRateLimits) {
            this.enforceRateLimits = enforceRateLimits;
            return this;
        }

        public Builder webhookDelay(Duration webhookDelay) {
            this.webhookDelay = Objects.requireNonNull(webhookDelay, "webhookDelay");
            return this;
        }

        /** Fraction of provider requests that get a random fault (see {@link Faults#randomly}); 0 disables. */
        public Builder faultRate(double faultRate) {
            this.faultRate = faultRate;
            return this;
        }

        public Builder faultSeed(long faultSeed) {
            this.faultSeed = faultSeed;
            return this;
        }

        public Builder maxUploadBytes(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        /** How long a job runs before it ends (queued for its first third, then running). */
        public Builder jobDuration(Duration jobDuration) {
            this.jobDuration = Objects.requireNonNull(jobDuration, "jobDuration");
            return this;
        }

        /** Memory for generated audio that is asked for again; 0 generates every answer anew. */
        public Builder audioCacheBytes(long audioCacheBytes) {
            this.audioCacheBytes = audioCacheBytes;
            return this;
        }

        /** Replaces the settings of the registered provider that {@code settings}' class configures. */
        public Builder provider(ProviderConfig settings) {
            Objects.requireNonNull(settings, "settings");
            boolean registered = Providers.ALL.stream()
                    .anyMatch(provider -> provider.defaults().getClass() == settings.getClass());
            if (!registered) {
                throw new IllegalArgumentException("no registered provider is configured by "
                        + settings.getClass().getName());
            }
            providers.put(settings.getClass(), settings);
            return this;
        }

        public Builder ttsaiApiKey(String ttsaiApiKey) {
            return update(TtsAiConfig.class, ttsai -> ttsai.withApiKey(ttsaiApiKey));
        }

        public Builder ttsaiPlan(String ttsaiPlan) {
            return update(TtsAiConfig.class, ttsai -> ttsai.withPlan(ttsaiPlan));
        }

        /** The TTS.ai plan's requests per minute instead of its documented count (benchmarks scale time with it). */
        public Builder ttsaiRatePerMinute(int perMinute) {
            return update(TtsAiConfig.class, ttsai -> ttsai.withRatePerMinute(perMinute));
        }

        public Builder credits(long credits) {
            return update(TtsAiConfig.class, ttsai -> ttsai.withCredits(credits));
        }

        /** Keys that are valid but belong to a plan without API access: they get 403 forbidden. */
        public Builder forbiddenKeys(Set<String> forbiddenKeys) {
            return update(TtsAiConfig.class, ttsai -> ttsai.withForbiddenKeys(forbiddenKeys));
        }

        public Builder replicaApiKey(String replicaApiKey) {
            return provider(new ReplicaConfig(replicaApiKey));
        }

        public Builder aimlapiApiKey(String aimlapiApiKey) {
            return provider(new AimlApiConfig(aimlapiApiKey));
        }

        public Builder openaiApiKey(String openaiApiKey) {
            return provider(new OpenAiConfig(openaiApiKey));
        }

        public Builder audiostackApiKey(String audiostackApiKey) {
            return update(AudioStackConfig.class, audiostack -> audiostack.withApiKey(audiostackApiKey));
        }

        public Builder professionalCloneDuration(Duration professionalCloneDuration) {
            return update(AudioStackConfig.class,
                    audiostack -> audiostack.withProfessionalCloneDuration(professionalCloneDuration));
        }

        public Builder tencentSecretId(String tencentSecretId) {
            return update(TencentConfig.class, tencent -> tencent.withSecretId(tencentSecretId));
        }

        public Builder tencentSecretKey(String tencentSecretKey) {
            return update(TencentConfig.class, tencent -> tencent.withSecretKey(tencentSecretKey));
        }

        public Builder tencentSeedModels(int tencentSeedModels) {
            return update(TencentConfig.class, tencent -> tencent.withSeedModels(tencentSeedModels));
        }

        public SandboxConfig build() {
            ProviderConfig.require(port >= 0 && port <= 65_535, "port must be 0..65535, was " + port);
            ProviderConfig.require(threads >= 1, "threads must be at least 1, was " + threads);
            ProviderConfig.require(!webhookDelay.isNegative(), "webhookDelay must not be negative");
            ProviderConfig.require(faultRate >= 0 && faultRate <= 1, "faultRate must be 0..1, was " + faultRate);
            ProviderConfig.require(!jobDuration.isNegative(), "jobDuration must not be negative");
            ProviderConfig.require(audioCacheBytes >= 0, "audioCacheBytes must not be negative, was " + audioCacheBytes);
            providers.values().forEach(ProviderConfig::validate);
            return new SandboxConfig(this);
        }

        private <C extends ProviderConfig> Builder update(Class<C> type, UnaryOperator<C> change) {
            return provider(change.apply(type.cast(providers.get(type))));
        }
    }

    /** Turns command-line flags into a configuration. */
    private static final class ArgsParser {
        private final String[] args;
        private int index;

        ArgsParser(String[] args) {
            this.args = args.clone();
        }

        SandboxConfig parse() {
            Builder builder = builder();
            while (index < args.length) {
                String arg = args[index++];
                int equals = arg.indexOf('=');
                String flag = equals < 0 ? arg : arg.substring(0, equals);
                String inlineValue = equals < 0 ? null : arg.substring(equals + 1);
                apply(builder, flag, inlineValue);
            }
            return builder.build();
        }

        private void apply(Builder builder, String flag, String inlineValue) {
            switch (flag) {
                case "--port" -> builder.port(Integer.parseInt(value(flag, inlineValue)));
                case "--ttsai-key" -> builder.ttsaiApiKey(value(flag, inlineValue));
                case "--ttsai-plan" -> builder.ttsaiPlan(value(flag, inlineValue));
                case "--ttsai-rate-per-minute" -> builder.ttsaiRatePerMinute(Integer.parseInt(value(flag, inlineValue)));
                case "--credits" -> builder.credits(Long.parseLong(value(flag, inlineValue)));
                case "--threads" -> builder.threads(Integer.parseInt(value(flag, inlineValue)));
                case "--rate-limit" -> builder.enforceRateLimits(inlineValue == null || Boolean.parseBoolean(inlineValue));
                case "--fault-rate" -> builder.faultRate(Double.parseDouble(value(flag, inlineValue)));
                case "--fault-seed" -> builder.faultSeed(Long.parseLong(value(flag, inlineValue)));
                case "--max-upload-mb" -> builder.maxUploadBytes(megabytes(flag, inlineValue));
                case "--audio-cache-mb" -> builder.audioCacheBytes(megabytes(flag, inlineValue));
                case "--webhook-delay-ms" -> builder.webhookDelay(millis(flag, inlineValue));
                case "--replica-key" -> builder.replicaApiKey(value(flag, inlineValue));
                case "--audiostack-key" -> builder.audiostackApiKey(value(flag, inlineValue));
                case "--aimlapi-key" -> builder.aimlapiApiKey(value(flag, inlineValue));
                case "--openai-key" -> builder.openaiApiKey(value(flag, inlineValue));
                case "--tencent-secret-id" -> builder.tencentSecretId(value(flag, inlineValue));
                case "--tencent-secret-key" -> builder.tencentSecretKey(value(flag, inlineValue));
                case "--job-duration-ms" -> builder.jobDuration(millis(flag, inlineValue));
                case "--professional-clone-ms" -> builder.professionalCloneDuration(millis(flag, inlineValue));
                case "--tencent-seed-models" -> builder.tencentSeedModels(Integer.parseInt(value(flag, inlineValue)));
                default -> throw new IllegalArgumentException("unknown option: " + flag + System.lineSeparator() + usage());
            }
        }

        private long megabytes(String flag, String inlineValue) {
            return Long.parseLong(value(flag, inlineValue)) * 1024 * 1024;
        }

        private Duration millis(String flag, String inlineValue) {
            return Duration.ofMillis(Long.parseLong(value(flag, inlineValue)));
        }

        private String value(String flag, String inlineValue) {
            if (inlineValue != null) {
                return inlineValue;
            }
            if (index >= args.length) {
                throw new IllegalArgumentException("option " + flag + " needs a value" + System.lineSeparator() + usage());
            }
            return args[index++];
        }
    }
}
