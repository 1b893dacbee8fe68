package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark 1: text-to-speech requests per second through the component, a raw HTTP client and a hand-written
 * route; once in a JVM with default settings, once with the common pool at parallelism 2.
 */
final class ThroughputBenchmark implements Benchmark {

    private static final int REQUESTS = 20_000;
    private static final int WARMUP = 3_000;
    private static final int CONCURRENCY = 64;
    private static final Duration LIMIT = Duration.ofMinutes(4);

    @Override
    public String name() {
        return "throughput";
    }

    @Override
    public String method(Scale scale) {
        return String.format("%s `textToSpeech` calls (\"%s\", voice %s, WAV) per contender at concurrency %d against "
                + "an in-process sandbox (128 threads, rate limits off). All three contenders are warmed up with %s "
                + "requests each (which also warms the sandbox), then each sends its requests in 4 slices, the three "
                + "taking turns in an order that rotates every slice (drift of JIT, GC or sandbox is shared evenly); "
                + "requests/s = successful requests / the sum of its slices' times. "
                + "Component: `speech:ttsai:textToSpeech?rateLimiting=false&maxRetries=0` through its AsyncProducer, "
                + "one thread and a semaphore of %d. Raw: `java.net.http.HttpClient.sendAsync` with the same JSON body "
                + "and Bearer header, the same semaphore. Hand-written: `direct:` → headers → Jackson `marshal()` → "
                + "`http:` (camel-http, `connectionsPerRoute=64` so its pool does not cap 64 callers) → `byte[]`, "
                + "driven by %d threads. The whole run is done twice: in a JVM with default settings and in one with "
                + "`%s` (with 2 cores the common pool has parallelism 1, and java.net.http's `sendAsync` then "
                + "completes every answer of the raw client on a new thread; the component takes its answers on its "
                + "own threads); the targets are judged on the first.", Format.count(scale.of(REQUESTS)),
                TtsRequest.TEXT, TtsRequest.VOICE, CONCURRENCY, Format.count(scale.of(WARMUP)), CONCURRENCY,
                CONCURRENCY, JvmFlags.COMMON_POOL_OF_TWO);
    }

    @Override
    public List<String> goals() {
        return List.of("component ≥ 0.9 × raw java.net.http", "component ≥ hand-written camel-http route");
    }

    @Override
    public BenchmarkResult run(Scale scale) {
        ChildOutput defaults = runChild(scale, JvmFlags.DEFAULTS);
        ChildOutput pooled = runChild(scale, JvmFlags.POOL_OF_TWO);
        if (!complete(defaults)) {
            return BenchmarkResult.failed(name(), defaults.failure(), goals());
        }
        List<Row> rows = new ArrayList<>(rows(defaults, JvmFlags.DEFAULTS));
        if (complete(pooled)) {
            rows.addAll(rows(pooled, JvmFlags.POOL_OF_TWO));
        } else {
            rows.add(new Row(name(), JvmFlags.label(JvmFlags.POOL_OF_TWO), "failed", pooled.failure()));
        }
        double toRaw = ratio(defaults, "raw");
        double toRoute = ratio(defaults, "route");
        List<Target> targets = List.of(
                new Target(name(), goals().get(0), toRaw >= 0.9,
                        "component/raw = " + Format.ratio(toRaw) + alongside(pooled, "raw")),
                new Target(name(), goals().get(1), toRoute >= 1.0,
                        "component/hand-written = " + Format.ratio(toRoute) + alongside(pooled, "route")));
        String summary = String.format("throughput (JVM defaults): component %s req/s, raw %s, hand-written %s; "
                + "component/raw %s%s, component/hand-written %s%s", Format.rate(defaults.number("component.rps")),
                Format.rate(defaults.number("raw.rps")), Format.rate(defaults.number("route.rps")),
                Format.ratio(toRaw), alongside(pooled, "raw"), Format.ratio(toRoute), alongside(pooled, "route"));
        return new BenchmarkResult(name(), summary, rows, targets);
    }

    /** The same ratio from the run with the larger common pool, when it finished. */
    private static String alongside(ChildOutput pooled, String baseline) {
        return complete(pooled) ? " (" + Format.ratio(ratio(pooled, baseline)) + " with common pool parallelism 2)" : "";
    }

    private static ChildOutput runChild(Scale scale, List<String> flags) {
        return ChildJvm.run(ThroughputRun.class, flags, List.of(String.valueOf(scale.of(REQUESTS)),
                String.valueOf(scale.of(WARMUP)), String.valueOf(CONCURRENCY)), LIMIT);
    }

    private static boolean complete(ChildOutput out) {
        return out.succeeded() && out.has("component.rps") && out.has("raw.rps") && out.has("route.rps");
    }

    private static double ratio(ChildOutput out, String baseline) {
        return out.number("component.rps") / out.number(baseline + ".rps");
    }

    private List<Row> rows(ChildOutput out, List<String> flags) {
        String jvm = ", " + JvmFlags.label(flags);
        return List.of(
                row(out, "raw", "raw java.net.http sendAsync (the floor)" + jvm),
                row(out, "route", "hand-written route: direct → Jackson → camel-http" + jvm),
                row(out, "component", "speech:ttsai:textToSpeech (async producer)" + jvm),
                new Row(name(), "ratios" + jvm, "component/raw " + Format.ratio(ratio(out, "raw"))
                        + ", component/hand-written " + Format.ratio(ratio(out, "route")), ""));
    }

    private Row row(ChildOutput out, String key, String contender) {
        String details = Format.count(out.whole(key + ".ok")) + " ok, " + Format.count(out.whole(key + ".failed"))
                         + " failed in " + Format.seconds(out.number(key + ".seconds"))
                         + (out.has(key + ".error") ? "; first error: " + out.text(key + ".error") : "");
        return new Row(name(), contender, Format.rate(out.number(key + ".rps")) + " req/s", details);
    }
}
