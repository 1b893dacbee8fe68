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
                "  --max-upload-mb N     one upload limit for every endpoint instead of the documented ones");
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
                .maxUploadBytes(maxUploadBytes);
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

    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", ttsaiPlan=" + ttsaiPlan + ", credits=" + credits + ", threads=" + threads
                + ", enforceRateLimits=" + enforceRateLimits + ", webhookDelay=" + webhookDelay.toMillis() + "ms"
                + ", faultRate=" + faultRate + ", faultSeed=" + faultSeed + "]";
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

        public SandboxConfig build() {
            require(port >= 0 && port <= 65_535, "port must be 0..65535, was " + port);
            require(PLANS.contains(ttsaiPlan), "ttsaiPlan must be one of " + PLANS + ", was " + ttsaiPlan);
            require(!ttsaiApiKey.isBlank(), "ttsaiApiKey must not be blank");
            require(credits >= 0, "credits must not be negative, was " + credits);
            require(threads >= 1, "threads must be at least 1, was " + threads);
            require(!webhookDelay.isNegative(), "webhookDelay must not be negative");
            require(faultRate >= 0 && faultRate <= 1, "faultRate must be 0..1, was " + faultRate);
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
