package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 5: client CPU per text-to-speech request, the component against a raw java.net.http client and a
 * hand-written route, each contender in a JVM of its own pinned to one core, the sandbox pinned to the other.
 */
final class CpuPerRequestBenchmark implements Benchmark {

    private static final int WARMUP = 3_000;
    private static final int SMALL = 500;
    private static final int QUICK_SMALL = 100;
    /** Large, so that the process CPU clock's 10 ms ticks (Linux) matter little in the difference. */
    private static final int LARGE = 10_000;
    private static final int CONCURRENCY = 16;
    private static final int ROUNDS = 5;
    private static final int QUICK_ROUNDS = 2;
    private static final double TARGET_RATIO = 1.05;
    private static final int CLIENT_CORE = 0;
    private static final int SANDBOX_CORE = 1;
    private static final Duration CHILD_LIMIT = Duration.ofMinutes(5);
    private static final String[] SANDBOX_FLAGS = {"--credits", "1000000000000", "--threads", "64",
            "--audio-cache-mb", "64"};

    /** The contenders in their first round's order, and how the table names them. */
    private static final Map<String, String> CONTENDERS = new LinkedHashMap<>();

    static {
        CONTENDERS.put("raw", "raw java.net.http sendAsync (the floor)");
        CONTENDERS.put("route", "hand-written route: direct → Jackson → camel-http");
        CONTENDERS.put("component", "speech:ttsai:textToSpeech (async producer)");
    }

    /** One contender's figures over the rounds. */
    private static final class Figures {
        final List<Double> usPerRequest = new ArrayList<>();
        final List<Double> gcUsPerRequest = new ArrayList<>();
        long ok;
        long failed;
        String error;
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public String method(Scale scale) {
        return String.format("Client CPU time per `textToSpeech` request (\"%s\", voice %s, WAV), the same requests "
                + "and contenders as throughput (raw `sendAsync`; `direct:` → Jackson → camel-http; "
                + "`speech:ttsai:textToSpeech?rateLimiting=false&maxRetries=0`). Each contender runs in a JVM of its "
                + "own with default settings, %s (`taskset -c %d`), against the sandbox (`SandboxMain %s`, rate limits "
                + "off, the answers' audio cached) in another JVM %s. In its JVM a contender sends %s warm-up "
                + "requests, then a batch of %s and a batch of %s, %d at a time, each after a `System.gc()`; the "
                + "process CPU time (`OperatingSystemMXBean.getProcessCpuTime`, every thread: JIT, GC, HTTP) and the "
                + "collectors' time (`GarbageCollectorMXBean.getCollectionTime`) are read around each batch, and "
                + "(CPU(%s) − CPU(%s)) / %s is the cost of one request, whatever a batch costs to start and end (on "
                + "Linux that clock counts 10 ms ticks, hence the large second batch). %d "
                + "rounds, every contender once per round in a fresh JVM, the order rotating each round; the result "
                + "is the median over the rounds, beside the least and greatest. With one core the JVM's common pool "
                + "has parallelism 1, so `java.net.http`'s `sendAsync` completes each answer of the raw client on a new "
                + "thread (JDK `HttpClientImpl`, `ASYNC_POOL`); that cost is the raw client's as users run it.",
                TtsRequest.TEXT, TtsRequest.VOICE, Pinning.describe(Pinning.toCore(CLIENT_CORE), CLIENT_CORE),
                CLIENT_CORE, String.join(" ", SANDBOX_FLAGS),
                Pinning.describe(Pinning.toCore(SANDBOX_CORE), SANDBOX_CORE), Format.count(scale.of(WARMUP)),
                Format.count(small(scale)), Format.count(scale.of(LARGE)), CONCURRENCY,
                Format.count(scale.of(LARGE)), Format.count(small(scale)),
                Format.count(scale.of(LARGE) - small(scale)), rounds(scale));
    }

    @Override
    public List<String> goals() {
        return List.of("speech: ≤ 1.05× raw CPU per request");
    }

    /** The first batch: a tenth would leave too few requests in a quick run's first batch to mean anything. */
    private static int small(Scale scale) {
        return scale.quick() ? QUICK_SMALL : SMALL;
    }

    private static int rounds(Scale scale) {
        return scale.quick() ? QUICK_ROUNDS : ROUNDS;
    }

    @Override
    public BenchmarkResult run(Scale scale) {
        Map<String, Figures> figures = new LinkedHashMap<>();
        CONTENDERS.keySet().forEach(key -> figures.put(key, new Figures()));
        List<String> keys = new ArrayList<>(CONTENDERS.keySet());
        try (SandboxProcess sandbox = SandboxProcess.start(Pinning.toCore(SANDBOX_CORE), SANDBOX_FLAGS)) {
            String ttsai = sandbox.baseUrl() + "/ttsai/v1";
            for (int round = 0; round < rounds(scale); round++) {
                List<String> order = new ArrayList<>(keys);
                Collections.rotate(order, -round);
                for (String key : order) {
                    System.out.println("  round " + (round + 1) + ": " + key);
                    add(figures.get(key), ChildJvm.run(CpuPerRequestRun.class, Pinning.toCore(CLIENT_CORE),
                            JvmFlags.DEFAULTS, List.of(key, ttsai, String.valueOf(scale.of(WARMUP)),
                                    String.valueOf(small(scale)), String.valueOf(scale.of(LARGE)),
                                    String.valueOf(CONCURRENCY)), CHILD_LIMIT));
                }
            }
        }
        Figures raw = figures.get("raw");
        Figures component = figures.get("component");
        if (raw.usPerRequest.isEmpty() || component.usPerRequest.isEmpty()) {
            Figures missing = raw.usPerRequest.isEmpty() ? raw : component;
            return BenchmarkResult.failed(name(), String.valueOf(missing.error), goals());
        }
        double rawMedian = Spread.of(raw.usPerRequest).median();
        double ratio = Spread.of(component.usPerRequest).median() / rawMedian;
        List<Row> rows = new ArrayList<>();
        StringBuilder ratios = new StringBuilder();
        for (Map.Entry<String, Figures> entry : figures.entrySet()) {
            rows.add(row(CONTENDERS.get(entry.getKey()), entry.getValue(), rawMedian));
            if (!entry.getKey().equals("raw") && !entry.getValue().usPerRequest.isEmpty()) {
                ratios.append(ratios.length() == 0 ? "" : ", ").append(entry.getKey().equals("component")
                        ? "speech:" : "hand-written").append("/raw ")
                        .append(Format.ratio(Spread.of(entry.getValue().usPerRequest).median() / rawMedian));
            }
        }
        rows.add(new Row(name(), "ratios of the medians", ratios.toString(), ""));
        Target target = new Target(name(), goals().get(0), ratio <= TARGET_RATIO,
                "speech:/raw = " + Format.ratio(ratio) + " (" + micros(Spread.of(component.usPerRequest).median())
                + " against " + micros(rawMedian) + " per request)");
        String summary = "cpu: per request, median of " + raw.usPerRequest.size() + " rounds: "
                + String.join(", ", figures.entrySet().stream().filter(e -> !e.getValue().usPerRequest.isEmpty())
                        .map(e -> e.getKey() + " " + micros(Spread.of(e.getValue().usPerRequest).median())).toList())
                + "; " + ratios;
        return new BenchmarkResult(name(), summary, rows, List.of(target));
    }

    private static void add(Figures into, ChildOutput out) {
        if (out.succeeded() && out.has("usPerRequest")) {
            into.usPerRequest.add(out.number("usPerRequest"));
            into.gcUsPerRequest.add(out.number("gcUsPerRequest"));
            into.ok += out.whole("ok");
            into.failed += out.whole("failed");
            if (into.error == null && out.has("error")) {
                into.error = out.text("error");
            }
        } else if (into.error == null) {
            into.error = out.failure();
        }
    }

    private Row row(String contender, Figures figures, double rawMedian) {
        if (figures.usPerRequest.isEmpty()) {
            return new Row(name(), contender, "failed", String.valueOf(figures.error));
        }
        Spread cpu = Spread.of(figures.usPerRequest);
        Spread gc = Spread.of(figures.gcUsPerRequest);
        String details = micros(cpu.min()) + "–" + micros(cpu.max()) + " over " + cpu.count() + " rounds, "
                + Format.ratio(cpu.median() / rawMedian) + "× raw; GC " + micros(gc.median()) + " per request ("
                + micros(gc.min()) + "–" + micros(gc.max()) + "); " + Format.count(figures.ok) + " ok, "
                + Format.count(figures.failed) + " failed"
                + (figures.error != null ? "; first error: " + figures.error : "");
        return new Row(name(), contender, micros(cpu.median()) + " CPU per request", details);
    }

    private static String micros(double value) {
        return String.format(java.util.Locale.ROOT, value < 100 ? "%.1f µs" : "%.0f µs", value);
    }
}
