package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;

/**
 * Child JVM of the throughput benchmark: one in-process sandbox, three contenders sending the same requests, each
 * warmed up first; the best of the rounds counts (rounds rotate the order, so no contender always goes first).
 * Arguments: requests, warm-up requests, rounds, concurrency.
 */
public final class ThroughputRun {

    private static final Duration RUN_LIMIT = Duration.ofSeconds(90);

    private ThroughputRun() {
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
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
                    RunStats warm = contender.run(warmup, concurrency, RUN_LIMIT);
                    progress("warm-up", contender, warm);
                }
                Map<String, RunStats> best = new HashMap<>();
                for (int round = 0; round < rounds; round++) {
                    for (Contender contender : rotated(contenders, round)) {
                        RunStats stats = contender.run(requests, concurrency, RUN_LIMIT);
                        progress("round " + (round + 1), contender, stats);
                        best.merge(contender.key(), stats, (a, b) -> a.perSecond() >= b.perSecond() ? a : b);
                    }
                }
                best.forEach((key, stats) -> stats.report(key));
            } finally {
                for (Contender contender : contenders) {
                    contender.close();
                }
            }
        }
    }

    private static List<Contender> rotated(List<Contender> contenders, int round) {
        List<Contender> order = new ArrayList<>(contenders);
        java.util.Collections.rotate(order, -round);
        return order;
    }

    private static void progress(String phase, Contender contender, RunStats stats) {
        System.out.printf(Locale.ROOT, "%-8s %-9s %,7d ok %,4d failed in %6.2f s: %,8.0f req/s%s%n", phase,
                contender.key(), stats.succeeded(), stats.failed(), stats.seconds(), stats.perSecond(),
                stats.firstError() == null ? "" : " (first error: " + stats.firstError() + ")");
    }
}
