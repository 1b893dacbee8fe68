package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.List;

/** Benchmark 4: from a Tencent callback's arrival to the end of the from("speech:tencent:jobs") route, at 1,000/s. */
final class CallbackLatencyBenchmark implements Benchmark {

    private static final int CALLBACKS = 10_000;
    private static final int WARMUP = 3_000;
    private static final int PER_SECOND = 1_000;
    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Override
    public String name() {
        return "callbacks";
    }

    @Override
    public String method(Scale scale) {
        return String.format("%s Tencent `clonedSpeech` jobs submitted with `wait=false` and `callbackBaseUrl` "
                + "against an in-process sandbox whose jobs never end by themselves (job duration 2 h); each job's "
                + "callback URL read from the sandbox's wire log (`createJobRequest.callback`). Then `{\"id\": "
                + "\"<jobId>\", \"state\": 3}` posted to those URLs at %s/s by a java.net.http client (HTTP/1.1), "
                + "%s warm-up callbacks first (the JIT needs about that many). The child JVM runs with `%s`: the "
                + "sender's own sendAsync would otherwise start a thread per answer on this 2-core machine (the common "
                + "pool's parallelism is 1 there, and java.net.http completes each answer on CompletableFuture's "
                + "default executor) and distort what is measured; the component's callback path does not use java.net.http. "
                + "Receiver: platform-http on Vert.x (a `VertxPlatformHttpServer` service "
                + "on 127.0.0.1), `from(\"speech:tencent:jobs?callbackBaseUrl=...\")`, InMemoryJobStore; the route's "
                + "last step takes `System.nanoTime()` and compares it with the send stamp of that job id. The stamp "
                + "is taken just before the client sends, so each figure is an upper bound of arrival-to-completion.",
                Format.count(scale.of(CALLBACKS) + scale.of(WARMUP)), Format.count(PER_SECOND),
                Format.count(scale.of(WARMUP)), JvmFlags.COMMON_POOL_OF_TWO);
    }

    @Override
    public List<String> goals() {
        return List.of();
    }

    @Override
    public BenchmarkResult run(Scale scale) {
        ChildOutput out = ChildJvm.run(CallbackLatencyRun.class, JvmFlags.POOL_OF_TWO, List.of(String.valueOf(scale.of(CALLBACKS)),
                String.valueOf(scale.of(WARMUP)), String.valueOf(PER_SECOND)), LIMIT);
        if (!out.succeeded() || !out.has("p50Ms")) {
            return BenchmarkResult.failed(name(), out.failure(), goals());
        }
        String result = "p50 " + Format.millis(out.number("p50Ms")) + ", p99 " + Format.millis(out.number("p99Ms"));
        String details = "max " + Format.millis(out.number("maxMs")) + ", mean " + Format.millis(out.number("meanMs"))
                + "; sent " + Format.rate(out.number("perSecond")) + "/s; " + Format.count(out.whole("accepted"))
                + " of " + Format.count(out.whole("callbacks")) + " answered 200 (answer p50 "
                + Format.millis(out.number("answerP50Ms")) + ", p99 " + Format.millis(out.number("answerP99Ms")) + "), "
                + Format.count(out.whole("completed")) + " completed the route";
        Row row = new Row(name(), "callback → from(\"speech:tencent:jobs\") route end", result, details);
        String summary = "callbacks: " + result + ", " + details;
        return new BenchmarkResult(name(), summary, List.of(row), List.of());
    }
}
