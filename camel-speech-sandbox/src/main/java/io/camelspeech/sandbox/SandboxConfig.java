package io.camelspeech.sandbox;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable settings of a {@link SpeechSandbox}, built with {@link #builder()} or parsed from command-line flags
 * with {@link #fromArgs(String...)}.
 */
public final class SandboxConfig {

    public static final String DEFAULT_TTSAI_KEY = "sandbox-key";
    public static final String DEFAULT_FORBIDDEN_KEY = "sandbox-free-key";
    public static final String DEFAULT_API_KEY = "sandbox-key";
    public static final String DEFAULT_TENCENT_SECRET_ID = "sandbox-id";
    public static final String DEFAULT_TENCENT_SECRET_KEY = "sandbox-secret";
    public static final Duration DEFAULT_JOB_DURATION = Duration.ofMillis(300);
    public static final Duration DEFAULT_PROFESSIONAL_CLONE_DURATION = Duration.ofSeconds(2);
    public static final int DEFAULT_TENCENT_SEED_MODELS = 3;
    // Tencent lists at most 100 models per page: this allows several pages and keeps a listing cheap
    public static final int MAX_TENCENT_SEED_MODELS = 10_000;
    public static final Set<String> PLANS = Set.of("pro", "enterprise");

    private final int port;
    private final String ttsaiApiKey;
    private final String ttsaiPlan;
    private final long credits;
    private final int threads;
    private final boolean enforceRateLimits;
    private final Duration webhookDelay;
    private final Set<String> forbiddenKeys;
    private final double faultRate;
    private final long faultSeed;
    private final long maxUploadBytes;
    private final String replicaApiKey;
    private final String audiostackApiKey;
    private final String aimlapiApiKey;
    private final String tencentSecretId;
    private final String tencentSecretKey;
    private final Duration jobDuration;
    private final Duration professionalCloneDuration;
    private final int tencentSeedModels;

    private SandboxConfig(Builder builder) {
        this.port = builder.port;
        this.ttsaiApiKey = builder.ttsaiApiKey;
        this.ttsaiPlan = builder.ttsaiPlan;
        this.credits = builder.credits;
        this.threads = builder.threads;
        this.enforceRateLimits = builder.enforceRateLimits;
        this.webhookDelay = builder.webhookDelay;
        this.forbiddenKeys = Set.copyOf(builder.forbiddenKeys);
        this.faultRate = builder.faultRate;
        this.faultSeed = builder.faultSeed;
        this.maxUploadBytes = builder.maxUploadBytes;
        this.replicaApiKey = builder.replicaApiKey;
        this.audiostackApiKey = builder.audiostackApiKey;
        this.aimlapiApiKey = builder.aimlapiApiKey;
        this.tencentSecretId = builder.tencentSecretId;
        this.tencentSecretKey = builder.tencentSecretKey;
        this.jobDuration = builder.jobDuration;
        this.professionalCloneDuration = builder.professionalCloneDuration;
        this.tencentSeedModels = builder.tencentSeedModels;
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
                "  --ttsai-key K         the valid TTS.ai API key (default " + DEFAULT_TTSAI_KEY + ")",
                "  --ttsai-plan P        pro | enterprise (default enterprise)",
                "  --credits N           starting credit balance (default 1000000)",
                "  --threads N           HTTP worker threads (default 128)",
                "  --rate-limit          enforce the plan's requests/minute and concurrency limits",
                "  --fault-rate R        fraction of requests that get a random fault (0..1, default 0)",
                "  --fault-seed S        seed of the random faults (default 42)",
                "  --webhook-delay-ms N  delay before a webhook is sent (default 200)",
                "  --max-upload-mb N     one upload limit for every endpoint instead of the documented ones",
                "  --replica-key K       the valid Replica key, X-Api-Key (default " + DEFAULT_API_KEY + ")",
                "  --audiostack-key K    the valid AudioStack key, x-api-key (default " + DEFAULT_API_KEY + ")",
                "  --aimlapi-key K       the valid AI/ML API key, Authorization: Bearer (default " + DEFAULT_API_KEY + ")",
                "  --tencent-secret-id I   the valid Tencent secretId (default " + DEFAULT_TENCENT_SECRET_ID + ")",
                "  --tencent-secret-key K  the valid Tencent secretKey (default " + DEFAULT_TENCENT_SECRET_KEY + ")",
                "  --job-duration-ms N   how long a provider job runs before it ends (default "
                        + DEFAULT_JOB_DURATION.toMillis() + ")",
                "  --professional-clone-ms N  how long an AudioStack professional clone takes (default "
                        + DEFAULT_PROFESSIONAL_CLONE_DURATION.toMillis() + ")",
                "  --tencent-seed-models N    trained models Tencent lists from the start (default "
                        + DEFAULT_TENCENT_SEED_MODELS + ")");
    }

    public Builder toBuilder() {
        return new Builder()
                .port(port)
                .ttsaiApiKey(ttsaiApiKey)
                .ttsaiPlan(ttsaiPlan)
                .credits(credits)
                .threads(threads)
                .enforceRateLimits(enforceRateLimits)
                .webhookDelay(webhookDelay)
                .forbiddenKeys(forbiddenKeys)
                .faultRate(faultRate)
                .faultSeed(faultSeed)
                .maxUploadBytes(maxUploadBytes)
                .replicaApiKey(replicaApiKey)
                .audiostackApiKey(audiostackApiKey)
                .aimlapiApiKey(aimlapiApiKey)
                .tencentSecretId(tencentSecretId)
                .tencentSecretKey(tencentSecretKey)
                .jobDuration(jobDuration)
                .professionalCloneDuration(professionalCloneDuration)
                .tencentSeedModels(tencentSeedModels);
    }

    public int port() {
        return port;
    }

    public String ttsaiApiKey() {
        return ttsaiApiKey;
    }

    public String ttsaiPlan() {
        return ttsaiPlan;
    }

    public long credits() {
        return credits;
    }

    public int threads() {
        return threads;
    }

    public boolean enforceRateLimits() {
        return enforceRateLimits;
    }

    public Duration webhookDelay() {
        return webhookDelay;
    }

    public Set<String> forbiddenKeys() {
        return forbiddenKeys;
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

    /** The valid Replica key ({@code X-Api-Key}). */
    public String replicaApiKey() {
        return replicaApiKey;
    }

    /** The valid AudioStack key ({@code x-api-key}). */
    public String audiostackApiKey() {
        return audiostackApiKey;
    }

    /** The valid AI/ML API key ({@code Authorization: Bearer}). */
    public String aimlapiApiKey() {
        return aimlapiApiKey;
    }

    /** The valid Tencent {@code secretId} (sent in the JSON body). */
    public String tencentSecretId() {
        return tencentSecretId;
    }

    /** The valid Tencent {@code secretKey} (sent in the JSON body). */
    public String tencentSecretKey() {
        return tencentSecretKey;
    }

    /** How long a job (Replica, AI/ML API, AudioStack instant clone, Tencent) runs before it ends. */
    public Duration jobDuration() {
        return jobDuration;
    }

    /** How long an AudioStack professional clone takes. */
    public Duration professionalCloneDuration() {
        return professionalCloneDuration;
    }

    /** How many trained models Tencent's ListModels shows before any training job completes. */
    public int tencentSeedModels() {
        return tencentSeedModels;
    }

    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", ttsaiPlan=" + ttsaiPlan + ", credits=" + credits + ", threads=" + threads
                + ", enforceRateLimits=" + enforceRateLimits + ", webhookDelay=" + webhookDelay.toMillis() + "ms"
                + ", faultRate=" + faultRate + ", faultSeed=" + faultSeed + ", jobDuration=" + jobDuration.toMillis()
                + "ms, professionalCloneDuration=" + professionalCloneDuration.toMillis() + "ms, tencentSeedModels="
                + tencentSeedModels + "]";
    }

    /** Collects settings; {@link #build()} validates them. */
    public static final class Builder {
        private int port;
        private String ttsaiApiKey = DEFAULT_TTSAI_KEY;
        private String ttsaiPlan = "enterprise";
        private long credits = 1_000_000;
        private int threads = 128;
        private boolean enforceRateLimits;
        private Duration webhookDelay = Duration.ofMillis(200);
        private Set<String> forbiddenKeys = Set.of(DEFAULT_FORBIDDEN_KEY);
        private double faultRate;
        private long faultSeed = 42;
        private long maxUploadBytes;
        private String replicaApiKey = DEFAULT_API_KEY;
        private String audiostackApiKey = DEFAULT_API_KEY;
        private String aimlapiApiKey = DEFAULT_API_KEY;
        private String tencentSecretId = DEFAULT_TENCENT_SECRET_ID;
        private String tencentSecretKey = DEFAULT_TENCENT_SECRET_KEY;
        private Duration jobDuration = DEFAULT_JOB_DURATION;
        private Duration professionalCloneDuration = DEFAULT_PROFESSIONAL_CLONE_DURATION;
        private int tencentSeedModels = DEFAULT_TENCENT_SEED_MODELS;

        private Builder() {
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder ttsaiApiKey(String ttsaiApiKey) {
            this.ttsaiApiKey = Objects.requireNonNull(ttsaiApiKey, "ttsaiApiKey");
            return this;
        }

        public Builder ttsaiPlan(String ttsaiPlan) {
            this.ttsaiPlan = Objects.requireNonNull(ttsaiPlan, "ttsaiPlan").toLowerCase(Locale.ROOT);
            return this;
        }

        public Builder credits(long credits) {
            this.credits = credits;
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

        /** Keys that are valid but belong to a plan without API access: they get 403 forbidden. */
        public Builder forbiddenKeys(Set<String> forbiddenKeys) {
            this.forbiddenKeys = new LinkedHashSet<>(Objects.requireNonNull(forbiddenKeys, "forbiddenKeys"));
            return this;
        }

        /** Fraction of provider requests that get a random fault (see {@link Faults#randomly}); 0 disables. */
        public Builder faultRate(double faultRate) {
            this.faultRate = faultRate;
            return this;
        }

        public Builder maxUploadBytes(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        public Builder faultSeed(long faultSeed) {
            this.faultSeed = faultSeed;
            return this;
        }

        public Builder replicaApiKey(String replicaApiKey) {
            this.replicaApiKey = Objects.requireNonNull(replicaApiKey, "replicaApiKey");
            return this;
        }

        public Builder audiostackApiKey(String audiostackApiKey) {
            this.audiostackApiKey = Objects.requireNonNull(audiostackApiKey, "audiostackApiKey");
            return this;
        }

        public Builder aimlapiApiKey(String aimlapiApiKey) {
            this.aimlapiApiKey = Objects.requireNonNull(aimlapiApiKey, "aimlapiApiKey");
            return this;
        }

        public Builder tencentSecretId(String tencentSecretId) {
            this.tencentSecretId = Objects.requireNonNull(tencentSecretId, "tencentSecretId");
            return this;
        }

        public Builder tencentSecretKey(String tencentSecretKey) {
            this.tencentSecretKey = Objects.requireNonNull(tencentSecretKey, "tencentSecretKey");
            return this;
        }

        /** How long a job runs before it ends (queued for its first third, then running). */
        public Builder jobDuration(Duration jobDuration) {
            this.jobDuration = Objects.requireNonNull(jobDuration, "jobDuration");
            return this;
        }

        public Builder professionalCloneDuration(Duration professionalCloneDuration) {
            this.professionalCloneDuration = Objects.requireNonNull(professionalCloneDuration,
                    "professionalCloneDuration");
            return this;
        }

        public Builder tencentSeedModels(int tencentSeedModels) {
            this.tencentSeedModels = tencentSeedModels;
            return this;
        }

        public SandboxConfig build() {
            require(port >= 0 && port <= 65_535, "port must be 0..65535, was " + port);
            require(PLANS.contains(ttsaiPlan), "ttsaiPlan must be one of " + PLANS + ", was " + ttsaiPlan);
            require(!ttsaiApiKey.isBlank(), "ttsaiApiKey must not be blank");
            require(credits >= 0, "credits must not be negative, was " + credits);
            require(threads >= 1, "threads must be at least 1, was " + threads);
            require(!webhookDelay.isNegative(), "webhookDelay must not be negative");
            require(faultRate >= 0 && faultRate <= 1, "faultRate must be 0..1, was " + faultRate);
            require(!replicaApiKey.isBlank(), "replicaApiKey must not be blank");
            require(!audiostackApiKey.isBlank(), "audiostackApiKey must not be blank");
            require(!aimlapiApiKey.isBlank(), "aimlapiApiKey must not be blank");
            require(!tencentSecretId.isBlank(), "tencentSecretId must not be blank");
            require(!tencentSecretKey.isBlank(), "tencentSecretKey must not be blank");
            require(!jobDuration.isNegative(), "jobDuration must not be negative");
            require(!professionalCloneDuration.isNegative(), "professionalCloneDuration must not be negative");
            require(tencentSeedModels >= 0 && tencentSeedModels <= MAX_TENCENT_SEED_MODELS,
                    "tencentSeedModels must be 0.." + MAX_TENCENT_SEED_MODELS + ", was " + tencentSeedModels);
            return new SandboxConfig(this);
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
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
                case "--credits" -> builder.credits(Long.parseLong(value(flag, inlineValue)));
                case "--threads" -> builder.threads(Integer.parseInt(value(flag, inlineValue)));
                case "--rate-limit" -> builder.enforceRateLimits(inlineValue == null || Boolean.parseBoolean(inlineValue));
                case "--fault-rate" -> builder.faultRate(Double.parseDouble(value(flag, inlineValue)));
                case "--fault-seed" -> builder.faultSeed(Long.parseLong(value(flag, inlineValue)));
                case "--max-upload-mb" -> builder.maxUploadBytes(Long.parseLong(value(flag, inlineValue)) * 1024 * 1024);
                case "--webhook-delay-ms" -> builder.webhookDelay(Duration.ofMillis(Long.parseLong(value(flag, inlineValue))));
                case "--replica-key" -> builder.replicaApiKey(value(flag, inlineValue));
                case "--audiostack-key" -> builder.audiostackApiKey(value(flag, inlineValue));
                case "--aimlapi-key" -> builder.aimlapiApiKey(value(flag, inlineValue));
                case "--tencent-secret-id" -> builder.tencentSecretId(value(flag, inlineValue));
                case "--tencent-secret-key" -> builder.tencentSecretKey(value(flag, inlineValue));
                case "--job-duration-ms" -> builder.jobDuration(Duration.ofMillis(Long.parseLong(value(flag, inlineValue))));
                case "--professional-clone-ms" ->
                        builder.professionalCloneDuration(Duration.ofMillis(Long.parseLong(value(flag, inlineValue))));
                case "--tencent-seed-models" -> builder.tencentSeedModels(Integer.parseInt(value(flag, inlineValue)));
                default -> throw new IllegalArgumentException("unknown option: " + flag + System.lineSeparator() + usage());
            }
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
