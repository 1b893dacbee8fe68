package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.camelspeech.component.SpeechConfiguration;

/**
 * Benchmark 7: how often the component asks about a job, and how long after the job's end the route goes on; jobs
 * and the component's poll options scaled ten times in time. Beside it, the same with callbacks.
 */
final class PollsPerJobBenchmark implements Benchmark {

    /** Time runs ten times faster: a 30 s job lasts 3 s, and the poll options are the defaults divided by 10. */
    private static final int TIME_SCALE = 10;
    private static final long JOB_MS = 30_000 / TIME_SCALE;
    private static final int JOBS = 20;
    private static final int WARMUP = 2;
    private static final double POLL_TARGET = 10;
    private static final double DELAY_TARGET_PERCENT = 15;
    private static final long CHILD_LIMIT_SECONDS = 120;
    private static final String STATUS_PATH = "/aimlapi/v1/stt/";
    private static final String TENCENT_PATH = "/tencent/release/job";
    private static final String[] SANDBOX_FLAGS = {"--job-duration-ms", String.valueOf(JOB_MS), "--webhook-delay-ms",
            "0", "--threads", "64"};

    /** The component's defaults at the time of the run, read from its SpeechConfiguration, divided by TIME_SCALE. */
    private record PollOptions(long pollInterval, long maxPollInterval, long callbackGracePeriod) {

        static PollOptions scaledDefaults() {
            SpeechConfiguration defaults = new SpeechConfiguration();
            return new PollOptions(defaults.getPollInterval() / TIME_SCALE, defaults.getMaxPollInterval() / TIME_SCALE,
                    defaults.getCallbackGracePeriod() / TIME_SCALE);
        }

        String polling() {
            return "pollInterval=" + pollInterval + "&maxPollInterval=" + maxPollInterval + "&rateLimiting=false";
        }

        String callbacks() {
            return polling() + "&callbackGracePeriod=" + callbackGracePeriod;
        }
    }

    /** What one client run measured. */
    private record Jobs(List<Double> polls, List<Double> delayMs, long ok, long failed, int statusCalls, String error) {
    }

    @Override
    public String name() {
        return "polls";
    }

    @Override
    public String method(Scale scale) {
        PollOptions options = PollOptions.scaledDefaults();
        SpeechConfiguration defaults = new SpeechConfiguration();
        return String.format(Locale.ROOT, "Jobs scaled ten times in time: AI/ML API `speechToText` jobs that end %d ms "
                + "after the sandbox accepted them (a 30 s job; `SandboxHost %s` in its own JVM), %s at once through "
                + "a route `direct:jobs` → `speech:aimlapi:speechToText?%s` (`wait=true`, a 0.1 s WAV each, a unique "
                + "`CamelSpeechIdempotencyKey` each, InMemoryJobStore) in a child JVM, after %d warm-up jobs the same "
                + "way. The poll options are the component's defaults read from `new SpeechConfiguration()` at run "
                + "time (pollInterval %d ms, maxPollInterval %d ms, callbackGracePeriod %d ms) divided by %d, so the "
                + "benchmark follows the defaults. Polls per job: the `GET %s<generation_id>` requests in the "
                + "sandbox's wire log for that job's id (`CamelSpeechJobId` of its result). Delay: from the "
                + "submission to the result in the client, minus the job's %d ms, as a share of the job's duration "
                + "(an upper bound: the clock starts before the create request). Beside it, Tencent `clonedSpeech` "
                + "jobs of the same duration with `callbackBaseUrl` (platform-http on Vert.x in the child; sandbox "
                + "`--webhook-delay-ms 0`) and `%s`: status calls are the `GetJob` requests in the wire log during "
                + "that run, warm-up included. The targets are judged on the polled jobs, on the worst job.",
                JOB_MS, String.join(" ", SANDBOX_FLAGS), Format.count(scale.of(JOBS)), options.polling(), WARMUP,
                defaults.getPollInterval(), defaults.getMaxPollInterval(), defaults.getCallbackGracePeriod(),
                TIME_SCALE, STATUS_PATH, JOB_MS, options.callbacks());
    }

    @Override
    public List<String> goals() {
        return List.of("≤ 10 polls per 30 s job", "completion delay ≤ 15 % of the job's duration");
    }

    @Override
    public BenchmarkResult run(Scale scale) {
        PollOptions options = PollOptions.scaledDefaults();
        int jobs = scale.of(JOBS);
        Jobs polled;
        Jobs called;
        try (SandboxProcess sandbox = SandboxProcess.hosted(List.of(), SANDBOX_FLAGS)) {
            polled = polled(sandbox, jobs, options);
            called = calledBack(sandbox, jobs, options);
        }
        if (polled.polls().isEmpty()) {
            return BenchmarkResult.failed(name(), String.valueOf(polled.error()), goals());
        }
        Spread polls = Spread.of(polled.polls());
        Spread delay = Spread.of(polled.delayMs());
        List<Row> rows = List.of(
                row("AI/ML API jobs, polled (" + options.polling().replace('&', ' ') + ")", polled, true),
                row("Tencent jobs, callbacks (callbackGracePeriod=" + options.callbackGracePeriod() + ")", called,
                        false));
        List<Target> targets = List.of(
                new Target(name(), goals().get(0), polled.failed() == 0 && polls.max() <= POLL_TARGET,
                        "at most " + whole(polls.max()) + " polls per job (median " + whole(polls.median()) + ")"
                        + failures(polled)),
                new Target(name(), goals().get(1), polled.failed() == 0 && percent(delay.max()) <= DELAY_TARGET_PERCENT,
                        "at most " + percentText(delay.max()) + " (" + Format.millis(delay.max()) + " after a "
                        + JOB_MS + " ms job; median " + percentText(delay.median()) + ")" + failures(polled)
                        + (called.delayMs().isEmpty() ? "" : "; with callbacks at most "
                           + percentText(Spread.of(called.delayMs()).max()))));
        String summary = "polls: " + rows.get(0).result() + "; callbacks: " + rows.get(1).result();
        return new BenchmarkResult(name(), summary, rows, targets);
    }

    private static Jobs polled(SandboxProcess sandbox, int jobs, PollOptions options) {
        sandbox.clearWire();
        ChildOutput out = runChild("poll", sandbox.baseUrl() + "/aimlapi/v1", jobs, options.polling());
        Map<String, Integer> getsById = new HashMap<>();
        int statusCalls = 0;
        for (WireEntry entry : sandbox.wire(STATUS_PATH)) {
            if (entry.method().equals("GET")) {
                getsById.merge(entry.lastSegment(), 1, Integer::sum);
                statusCalls++;
            }
        }
        List<Double> polls = new ArrayList<>();
        List<Double> delays = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            if (out.has("job." + i + ".id")) {
                polls.add((double) getsById.getOrDefault(out.text("job." + i + ".id"), 0));
                delays.add(out.number("job." + i + ".ms") - JOB_MS);
            }
        }
        return jobs(out, polls, delays, statusCalls);
    }

    private static Jobs calledBack(SandboxProcess sandbox, int jobs, PollOptions options) {
        sandbox.clearWire();
        ChildOutput out = runChild("callback", sandbox.baseUrl() + "/tencent", jobs, options.callbacks());
        int statusCalls = (int) sandbox.wire(TENCENT_PATH).stream().filter(e -> e.action().equals("GetJob")).count();
        List<Double> delays = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            if (out.has("job." + i + ".ms")) {
                delays.add(out.number("job." + i + ".ms") - JOB_MS);
            }
        }
        return jobs(out, List.of(), delays, statusCalls);
    }

    private static Jobs jobs(ChildOutput out, List<Double> polls, List<Double> delays, int statusCalls) {
        long ok = out.has("ok") ? out.whole("ok") : 0;
        long failed = out.has("failed") ? out.whole("failed") : -1;
        String error = out.has("error") ? out.text("error") : out.succeeded() ? null : out.failure();
        return new Jobs(polls, delays, ok, failed, statusCalls, error);
    }

    private static ChildOutput runChild(String mode, String baseUrl, int jobs, String options) {
        return ChildJvm.run(PollsPerJobRun.class, List.of(), List.of(mode, baseUrl, String.valueOf(jobs),
                String.valueOf(WARMUP), options, String.valueOf(CHILD_LIMIT_SECONDS)),
                Duration.ofSeconds(2 * CHILD_LIMIT_SECONDS + 60));
    }

    private Row row(String contender, Jobs jobs, boolean polledJobs) {
        if (jobs.delayMs().isEmpty()) {
            return new Row(name(), contender, "failed", String.valueOf(jobs.error()));
        }
        Spread delay = Spread.of(jobs.delayMs());
        String calls = polledJobs
                ? "polls per job median " + whole(Spread.of(jobs.polls()).median()) + ", max "
                  + whole(Spread.of(jobs.polls()).max())
                : Format.count(jobs.statusCalls()) + " status calls (GetJob)";
        String result = calls + "; delay median " + percentText(delay.median()) + ", max " + percentText(delay.max());
        String details = Format.count(jobs.delayMs().size()) + " jobs of " + JOB_MS + " ms at once; delay median "
                + Format.millis(delay.median()) + ", min " + Format.millis(delay.min()) + ", max "
                + Format.millis(delay.max()) + (polledJobs ? "; " + Format.count(jobs.statusCalls())
                + " status calls in the run, warm-up included" : "") + "; " + Format.count(jobs.ok()) + " ok, "
                + Format.count(Math.max(0, jobs.failed())) + " failed"
                + (jobs.error() != null ? "; first error: " + jobs.error() : "");
        return new Row(name(), contender, result, details);
    }

    private static String failures(Jobs jobs) {
        return jobs.failed() == 0 ? "" : ", " + Format.count(jobs.failed()) + " jobs failed";
    }

    private static double percent(double delayMs) {
        return 100.0 * delayMs / JOB_MS;
    }

    private static String percentText(double delayMs) {
        return String.format(Locale.ROOT, "%.1f %%", percent(delayMs));
    }

    private static String whole(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
