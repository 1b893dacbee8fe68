package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark 2: thousands of 5-second AI/ML API jobs in flight at once; wall time, threads and heap of the client JVM,
 * beside a thread per job that sleeps between polls. The sandbox runs in a JVM of its own so that its threads are
 * not counted.
 */
final class JobsInFlightBenchmark implements Benchmark {

    private static final int MANY = 10_000;
    private static final int FEW = 1_000;
    private static final int WARMUP = 500;
    private static final long JOB_MILLIS = 5_000;
    private static final long POLL_MILLIS = 1_000;
    private static final int MAX_CONCURRENT_REQUESTS = 128;
    private static final String CLIENT_HEAP = "-Xmx256m";
    private static final long CHILD_LIMIT_SECONDS = 120;
    private static final double WALL_TARGET_SECONDS = 8;
    private static final int THREAD_TARGET = 64;
    private static final double HEAP_TARGET_MB = 256;

    /** One client JVM: what it runs and with which settings. */
    private record Client(String label, String mode, int jobs, List<String> flags, boolean unboundedSchedulerQueue) {
    }

    /** A client and its figures. */
    private record ClientRun(Client client, ChildOutput out) {
    }

    @Override
    public String name() {
        return "jobs";
    }

    @Override
    public String method(Scale scale) {
        return String.format("AI/ML API `speechToText` jobs of %d s each (sandbox `--job-duration-ms %d --threads 128` "
                + "in its own JVM), a 0.1 s WAV each, a unique `CamelSpeechIdempotencyKey` each, InMemoryJobStore, "
                + "`pollInterval=%d`, `maxPollInterval=%d`, `maxConcurrentRequests=%d`, `requestsPerMinute=100000000`; "
                + "all submitted at once from one thread through the AsyncProducer. Each client runs in its own JVM "
                + "with `%s` and first runs %s jobs the same way to their end, unmeasured (JIT warm-up), then "
                + "resets its peaks. Threads are that JVM's live threads (ThreadMXBean peak), heap the sum of its "
                + "heap pools' peaks, RSS its VmHWM; CPU is the client JVM's process CPU time during the measured "
                + "run and the sandbox JVM's in the same time (2 cores give 2 CPU-seconds per second). Wall time "
                + "runs from the first submission to the last result. Rows in the "
                + "order they ran: component with %s jobs; component with %s jobs (the targets are judged on this "
                + "one); the same with `%s` and the Camel default thread pool profile's `maxQueueSize=-1` (both "
                + "settings of the environment, not of the jobs; see the notes for the queue); the providers' "
                + "example style, a "
                + "thread per job that creates the job (blocking java.net.http `send`), then sleeps %d ms between "
                + "polls, with %s jobs.", JOB_MILLIS / 1000, JOB_MILLIS, POLL_MILLIS, POLL_MILLIS,
                MAX_CONCURRENT_REQUESTS, CLIENT_HEAP, Format.count(scale.of(WARMUP)), Format.count(scale.of(FEW)),
                Format.count(scale.of(MANY)),
                JvmFlags.COMMON_POOL_OF_TWO, POLL_MILLIS, Format.count(scale.of(FEW)));
    }

    @Override
    public List<String> goals() {
        return List.of("10,000 jobs within 8 s wall time", "10,000 jobs with ≤ 64 live threads",
                "10,000 jobs with ≤ 256 MB heap");
    }

    @Override
    public BenchmarkResult run(Scale scale) {
        int many = scale.of(MANY);
        int few = scale.of(FEW);
        List<Client> clients = List.of(
                new Client("speech: component, " + Format.count(few) + " jobs", "component", few, JvmFlags.DEFAULTS, false),
                new Client("speech: component, " + Format.count(many) + " jobs", "component", many, JvmFlags.DEFAULTS, false),
                new Client("speech: component, " + Format.count(many) + " jobs, common pool parallelism 2, "
                           + "unbounded scheduler queue", "component", many, JvmFlags.POOL_OF_TWO, true),
                new Client("thread per job, sleep between polls, " + Format.count(few) + " jobs", "blocking", few,
                        JvmFlags.DEFAULTS, false));
        List<ClientRun> runs = new ArrayList<>();
        try (SandboxProcess sandbox = SandboxProcess.start("--job-duration-ms", String.valueOf(JOB_MILLIS),
                "--threads", "128")) {
            for (Client client : clients) {
                runs.add(new ClientRun(client, run(client, scale.of(WARMUP), sandbox)));
            }
        }
        ChildOutput judged = runs.get(1).out();
        if (!judged.has("wallSeconds")) {
            return BenchmarkResult.failed(name(), judged.failure(), goals());
        }
        List<Row> rows = runs.stream().map(this::row).toList();
        return new BenchmarkResult(name(), summary(many, few, judged, runs.get(3).out()), rows,
                targets(many, judged, runs.get(2).out()));
    }

    private List<Target> targets(int many, ChildOutput judged, ChildOutput tuned) {
        double wall = judged.number("wallSeconds");
        long threads = judged.whole("peakThreads");
        double heap = judged.number("peakHeapMb");
        long failed = judged.whole("failed");
        String outcome = failed == 0 ? "" : ", " + Format.count(failed) + " of them failed";
        boolean tunedRan = tuned.has("wallSeconds");
        return List.of(
                new Target(name(), goals().get(0), failed == 0 && wall <= WALL_TARGET_SECONDS,
                        Format.seconds(wall) + " for " + Format.count(many) + " jobs" + outcome
                        + (tunedRan ? " (tuned JVM: " + Format.seconds(tuned.number("wallSeconds")) + ")" : "")),
                new Target(name(), goals().get(1), threads <= THREAD_TARGET, threads + " threads at peak"
                        + (tunedRan ? " (tuned JVM: " + tuned.whole("peakThreads") + ")" : "")),
                new Target(name(), goals().get(2), heap <= HEAP_TARGET_MB,
                        Format.megabytes(heap) + " peak heap, in a JVM capped at 256 MB"
                        + (tunedRan ? " (tuned JVM: " + Format.megabytes(tuned.number("peakHeapMb")) + ")" : "")));
    }

    private static String summary(int many, int few, ChildOutput judged, ChildOutput blocking) {
        return String.format("jobs: %s jobs of 5 s: %s wall, %d threads and %s heap at peak, %s failed; "
                + "thread per job: %s jobs took %s threads", Format.count(many),
                Format.seconds(judged.number("wallSeconds")), judged.whole("peakThreads"),
                Format.megabytes(judged.number("peakHeapMb")), Format.count(judged.whole("failed")),
                Format.count(few), blocking.has("peakThreads") ? String.valueOf(blocking.whole("peakThreads")) : "?");
    }

    private static String cpu(double seconds) {
        return seconds < 0 ? "n/a" : Format.seconds(seconds);
    }

    private static ChildOutput run(Client client, int warmup, SandboxProcess sandbox) {
        List<String> jvm = new ArrayList<>(client.flags());
        jvm.add(CLIENT_HEAP);
        return ChildJvm.run(JobsInFlightRun.class, jvm, List.of(client.mode(), String.valueOf(warmup),
                String.valueOf(client.jobs()), sandbox.baseUrl() + "/aimlapi/v1", String.valueOf(sandbox.pid()),
                String.valueOf(POLL_MILLIS), String.valueOf(CHILD_LIMIT_SECONDS),
                String.valueOf(MAX_CONCURRENT_REQUESTS), client.unboundedSchedulerQueue() ? "unbounded" : "bounded"),
                Duration.ofSeconds(2 * CHILD_LIMIT_SECONDS + 60));
    }

    private Row row(ClientRun run) {
        String contender = run.client().label();
        ChildOutput out = run.out();
        if (!out.has("wallSeconds")) {
            return new Row(name(), contender, "failed", out.failure());
        }
        String result = Format.seconds(out.number("wallSeconds")) + " wall";
        String details = out.whole("peakThreads") + " threads at peak (" + out.whole("baselineThreads")
                + " before), heap " + Format.megabytes(out.number("peakHeapMb")) + ", RSS "
                + Format.megabytes(out.number("peakRssMb")) + "; submitted in "
                + Format.seconds(out.number("submitSeconds")) + "; CPU " + cpu(out.number("cpuSeconds")) + " client, "
                + cpu(out.number("sandboxCpuSeconds")) + " sandbox; " + Format.count(out.whole("ok")) + " ok, "
                + Format.count(out.whole("failed")) + " failed"
                + (out.has("error") ? "; first error: " + out.text("error") : "");
        return new Row(name(), contender, result, details);
    }
}
