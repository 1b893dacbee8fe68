package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 6: how much of a TTS.ai plan a burst gets through the speech: producer's client-side limiter, against
 * the sandbox enforcing the plan (scaled in time), beside the same burst without the limiter.
 */
final class PlanUtilisationBenchmark implements Benchmark {

    /** TTS.ai Pro at ten times the speed: 60/min becomes 600/min, 5 concurrent stay 5, answers take 0.5 s. */
    private static final int RATE_PER_MINUTE = 600;
    private static final int CONCURRENT = 5;
    private static final long LATENCY_MS = 500;
    private static final int BURST = 300;
    private static final int QUICK_BURST = 60;
    private static final int WARMUP = 5;
    private static final double TARGET_UTILISATION = 0.97;
    private static final long CHILD_LIMIT_SECONDS = 240;
    private static final String TTS_PATH = "/ttsai/v1/tts/";
    /**
     * The sandbox's flags. {@code --ttsai-rate-per-minute} is ASSUMED (not in the sandbox when this was written): it
     * replaces the plan's requests per minute (Pro: 60) and keeps its concurrency (5) and its one-minute window.
     * {@code --host-delay} is {@link SandboxHost}'s own: the answers' latency, taken while the concurrency slot is held.
     */
    private static final String[] SANDBOX_FLAGS = {"--ttsai-plan", "pro", "--rate-limit", "--ttsai-rate-per-minute",
            String.valueOf(RATE_PER_MINUTE), "--host-delay", TTS_PATH + "=" + LATENCY_MS};
    private static final String LIMITED = "plan=pro&requestsPerMinute=" + RATE_PER_MINUTE + "&maxConcurrentRequests="
                                          + CONCURRENT;
    private static final String UNLIMITED = "plan=pro&rateLimiting=false";

    /** One burst and what the sandbox saw of it. */
    private record Burst(String label, String options, ChildOutput out, int answered200, int answered429,
            int answeredOther, String sandboxError) {
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String method(Scale scale) {
        int n = burst(scale);
        return String.format(Locale.ROOT, "TTS.ai Pro scaled ten times in time: the sandbox (`SandboxHost %s`, in its own "
                + "JVM) enforces %d requests per minute and %d concurrent per key and answers every `tts/` request "
                + "after %d ms, holding the concurrency slot meanwhile (a 429 comes after the same %d ms: the delay "
                + "is the sandbox's `Fault.delay`, applied after the limits are checked). A burst of %s `textToSpeech` "
                + "calls (\"%s\") is handed at once to `speech:ttsai:textToSpeech?%s` (the component's limiter "
                + "configured for the same plan; `maxRetries` default 3) in a child JVM, after %d warm-up calls one "
                + "after the other (classes loaded, connections open; they count in the sandbox's window and "
                + "answers); wall time runs from the first call of the burst to its last answer. Ideal = max(N / rate, N × latency / concurrency) = max(%s / %d "
                + "per s, %s × %.1f s / %d) = %.1f s; utilisation = ideal / wall time. 429s are counted in the "
                + "sandbox's wire log (every answer to `%s`); retried calls from the `CamelSpeechAttempts` header. "
                + "Beside it the same burst with `%s` (retries on, the provider's 429s and their Retry-After are "
                + "the only brake). Each burst gets a fresh sandbox, so no per-minute window is shared.",
                String.join(" ", SANDBOX_FLAGS), RATE_PER_MINUTE, CONCURRENT, LATENCY_MS, LATENCY_MS,
                Format.count(n), TtsRequest.TEXT, LIMITED, WARMUP, Format.count(n), RATE_PER_MINUTE / 60,
                Format.count(n), LATENCY_MS / 1000.0, CONCURRENT, idealSeconds(n), TTS_PATH, UNLIMITED);
    }

    @Override
    public List<String> goals() {
        return List.of("through the limiter, a burst runs at ≥ 0.97 of the plan's ideal rate",
                "through the limiter, a burst draws zero 429s");
    }

    private static int burst(Scale scale) {
        return scale.quick() ? QUICK_BURST : BURST;
    }

    static double idealSeconds(int requests) {
        return Math.max(requests / (RATE_PER_MINUTE / 60.0), requests * (LATENCY_MS / 1000.0) / CONCURRENT);
    }

    @Override
    public BenchmarkResult run(Scale scale) {
        int n = burst(scale);
        Burst limited = burst("speech: with its limiter (requestsPerMinute=" + RATE_PER_MINUTE
                + ", maxConcurrentRequests=" + CONCURRENT + ")", LIMITED, n);
        Burst unlimited = burst("speech: without the limiter (rateLimiting=false, retries on)", UNLIMITED, n);
        if (limited.sandboxError() != null) {
            return BenchmarkResult.failed(name(), limited.sandboxError(), goals());
        }
        if (!limited.out().has("wallSeconds")) {
            return BenchmarkResult.failed(name(), limited.out().failure(), goals());
        }
        double ideal = idealSeconds(n);
        double utilisation = ideal / limited.out().number("wallSeconds");
        long failed = limited.out().whole("failed");
        List<Row> rows = new ArrayList<>(List.of(row(limited, ideal), row(unlimited, ideal)));
        List<Target> targets = List.of(
                new Target(name(), goals().get(0), failed == 0 && utilisation >= TARGET_UTILISATION,
                        Format.ratio(utilisation) + " of the ideal (" + Format.seconds(limited.out().number("wallSeconds"))
                        + " for " + Format.count(n) + " requests, ideal " + Format.seconds(ideal) + ")"
                        + (failed == 0 ? "" : ", " + Format.count(failed) + " failed")),
                new Target(name(), goals().get(1), limited.answered429() == 0,
                        Format.count(limited.answered429()) + " 429s from the sandbox"
                        + (unlimited.sandboxError() == null ? " (without the limiter: "
                           + Format.count(unlimited.answered429()) + ")" : "")));
        String summary = "plan: burst of " + Format.count(n) + ": with the limiter " + Format.ratio(utilisation)
                + " of the ideal rate, " + limited.answered429() + " 429s; without it " + rows.get(1).result()
                + ", " + unlimited.answered429() + " 429s";
        return new BenchmarkResult(name(), summary, rows, targets);
    }

    private static Burst burst(String label, String options, int requests) {
        try (SandboxProcess sandbox = SandboxProcess.hosted(List.of(), SANDBOX_FLAGS)) {
            ChildOutput out = ChildJvm.run(PlanBurstRun.class, List.of(), List.of(sandbox.baseUrl() + "/ttsai/v1",
                    String.valueOf(requests), options, String.valueOf(CHILD_LIMIT_SECONDS), String.valueOf(WARMUP)),
                    Duration.ofSeconds(CHILD_LIMIT_SECONDS + 60));
            int ok = 0;
            int limitedCount = 0;
            int other = 0;
            for (WireEntry entry : sandbox.wire(TTS_PATH)) {
                switch (entry.status()) {
                    case 200 -> ok++;
                    case 429 -> limitedCount++;
                    default -> other++;
                }
            }
            return new Burst(label, options, out, ok, limitedCount, other, null);
        } catch (RuntimeException e) {
            return new Burst(label, options, null, 0, 0, 0, e.getMessage());
        }
    }

    private Row row(Burst burst, double ideal) {
        if (burst.sandboxError() != null) {
            return new Row(name(), burst.label(), "failed", burst.sandboxError());
        }
        ChildOutput out = burst.out();
        if (!out.has("wallSeconds")) {
            return new Row(name(), burst.label(), "failed", out.failure());
        }
        double wall = out.number("wallSeconds");
        String result = Format.ratio(ideal / wall) + " of the ideal rate";
        String details = Format.seconds(wall) + " wall against an ideal " + Format.seconds(ideal) + "; "
                + Format.count(out.whole("ok")) + " ok, " + Format.count(out.whole("failed")) + " failed; the sandbox "
                + "answered " + Format.count(burst.answered200()) + " × 200, " + Format.count(burst.answered429())
                + " × 429" + (burst.answeredOther() > 0 ? ", " + Format.count(burst.answeredOther()) + " other" : "")
                + "; " + Format.count(out.whole("retried")) + " calls retried (" + Format.count(out.whole("extraAttempts"))
                + " extra attempts)" + (out.has("error") ? "; first error: " + out.text("error") : "");
        return new Row(name(), burst.label(), result, details);
    }
}
