package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;

/**
 * Child JVM of the throughput benchmark: one in-process sandbox and three contenders sending the same requests.
 * All three are warmed up first (which also warms the sandbox); then each sends its requests in {@value #ROUNDS}
 * slices, taking turns in an order that rotates, so that drift (JIT, GC, the sandbox) is shared evenly.
 * Arguments: requests, warm-up requests, concurrency.
 */
public final class ThroughputRun {

    private static final int ROUNDS = 4;
    private static final Duration RUN_LIMIT = Duration.ofSeconds(120);

    private ThroughputRun() {
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        // credits for every request of the run; rate limits off: the sandbox must not be the contenders' limiter
        SandboxConfig config = SandboxConfig.builder().threads(128).credits(1_000_000_000_000L)
                .enforceRateLimits(false).build();
        try (SpeechSandbox sandbox = SpeechSandbox.start(config)) {
            String ttsai = sandbox.providerBaseUrl("ttsai");
            List<Contender> contenders = List.of(new RawHttpClientContender(ttsai),
                    new HandWrittenRouteContender(ttsai), new ComponentContender(ttsai));
            try {
                for (Contender contender : contenders) {
                    contender.start();
                    progress("warm-up", contender, contender.run(warmup, concurrency, RUN_LIMIT));
                }
                Map<String, RunStats> totals = new HashMap<>();
                for (int round = 0; round < ROUNDS; round++) {
                    int slice = requests / ROUNDS + (round < requests % ROUNDS ? 1 : 0);
                    for (Contender contender : rotated(contenders, round)) {
                        totals.merge(contender.key(), contender.run(slice, concurrency, RUN_LIMIT), RunStats::plus);
                    }
                }
                for (Contender contender : contenders) {
                    RunStats total = totals.get(contender.key());
                    progress("measured", contender, total);
                    total.report(contender.key());
                }
            } finally {
                for (Contender contender : contenders) {
                    contender.close();
                }
            }
        }
    }

    private static List<Contender> rotated(List<Contender> contenders, int round) {
        List<Contender> order = new ArrayList<>(contenders);
        Collections.rotate(order, -round);
        return order;
    }

    private static void progress(String phase, Contender contender, RunStats stats) {
        System.out.printf(Locale.ROOT, "%-8s %-9s %,7d ok %,4d failed in %6.2f s: %,8.0f req/s%s%n", phase,
                contender.key(), stats.succeeded(), stats.failed(), stats.seconds(), stats.perSecond(),
                stats.firstError() == null ? "" : " (first error: " + stats.firstError() + ")");
    }
}
