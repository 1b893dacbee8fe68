package io.camelspeech.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * Child JVM of the cpu benchmark: one contender, its own process. After a warm-up it sends a batch of {@code n1}
 * requests and a batch of {@code n2}, and takes this process's CPU time and its collectors' time around each; the
 * difference of the two batches divided by {@code n2 - n1} is the cost of one request, whatever a batch costs to
 * start and end. Arguments: raw|route|component, TTS.ai base URL, warm-up requests, n1, n2, concurrency.
 */
public final class CpuPerRequestRun {

    private static final Duration BATCH_LIMIT = Duration.ofSeconds(180);

    /** What one batch used. */
    private record Batch(RunStats stats, long cpuNanos, long gcMillis) {
    }

    private CpuPerRequestRun() {
    }

    public static void main(String[] args) throws Exception {
        String key = args[0];
        String ttsai = args[1];
        int warmup = Integer.parseInt(args[2]);
        int n1 = Integer.parseInt(args[3]);
        int n2 = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        Contender contender = switch (key) {
            case "raw" -> new RawHttpClientContender(ttsai);
            case "route" -> new HandWrittenRouteContender(ttsai);
            case "component" -> new ComponentContender(ttsai);
            default -> throw new IllegalArgumentException("contender must be raw, route or component, was " + key);
        };
        contender.start();
        try {
            RunStats warm = contender.run(warmup, concurrency, BATCH_LIMIT);
            System.out.printf(Locale.ROOT, "%-9s warm-up %,d ok %,d failed in %.2f s%n", key, warm.succeeded(),
                    warm.failed(), warm.seconds());
            Batch small = batch(contender, n1, concurrency);
            Batch large = batch(contender, n2, concurrency);
            double usPerRequest = (large.cpuNanos() - small.cpuNanos()) / 1e3 / (n2 - n1);
            double gcUsPerRequest = (large.gcMillis() - small.gcMillis()) * 1e3 / (n2 - n1);
            RunStats both = small.stats().plus(large.stats());
            System.out.printf(Locale.ROOT, "%-9s %,d requests: %.1f ms CPU, %,d requests: %.1f ms CPU; %.1f µs CPU and "
                    + "%.1f µs GC per request%n", key, n1, small.cpuNanos() / 1e6, n2, large.cpuNanos() / 1e6,
                    usPerRequest, gcUsPerRequest);
            ChildOutput.put("usPerRequest", usPerRequest);
            ChildOutput.put("gcUsPerRequest", gcUsPerRequest);
            ChildOutput.put("largeBatchRps", large.stats().perSecond());
            ChildOutput.put("cores", Runtime.getRuntime().availableProcessors());
            ChildOutput.put("ok", both.succeeded());
            ChildOutput.put("failed", both.failed() + warm.failed());
            String error = warm.firstError() != null ? warm.firstError() : both.firstError();
            if (error != null) {
                ChildOutput.put("error", error);
            }
        } finally {
            contender.close();
        }
    }

    private static Batch batch(Contender contender, int requests, int concurrency) throws Exception {
        System.gc(); // what the warm-up (or the batch before) left behind is not this batch's garbage
        long cpu = processCpuNanos();
        long gc = gcMillis();
        RunStats stats = contender.run(requests, concurrency, BATCH_LIMIT);
        return new Batch(stats, processCpuNanos() - cpu, gcMillis() - gc);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("this JVM does not tell its process CPU time");
    }

    /** Time all collectors spent so far, in ms (a collector that does not tell counts 0). */
    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }
}
