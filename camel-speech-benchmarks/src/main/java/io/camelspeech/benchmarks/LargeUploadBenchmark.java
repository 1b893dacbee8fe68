package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.List;

/** Benchmark 3: a 1 GB upload from a JVM with a 96 MB heap, streamed by the component, beside reading it into a byte[]. */
final class LargeUploadBenchmark implements Benchmark {

    private static final long GIB = 1024L * 1024 * 1024;
    private static final String SMALL_HEAP = "-Xmx96m";
    private static final Duration LIMIT = Duration.ofMinutes(4);

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public String method(Scale scale) {
        return String.format("A %s sparse WAV file (valid header, then `RandomAccessFile.setLength`) sent by a route "
                + "`direct:` → `speech:ttsai:speechToText?maxUploadSize=2147483648` in a child JVM started with `%s`, "
                + "against the sandbox in another JVM (`--max-upload-mb 2048`). The body is the `File`. Beside it, "
                + "the same JVM settings with the file read into a `byte[]` first (`Files.readAllBytes`). Peak heap "
                + "is the sum of the heap pools' peaks; peak RSS is the client JVM's VmHWM (reset before sending).",
                size(scale) >= GIB ? (size(scale) / GIB) + " GiB" : (size(scale) >> 20) + " MiB", SMALL_HEAP);
    }

    @Override
    public List<String> goals() {
        return List.of("1 GB streamed upload succeeds with -Xmx96m");
    }

    @Override
    public BenchmarkResult run(Scale scale) {
        long size = size(scale);
        ChildOutput streamed;
        ChildOutput inMemory;
        try (SandboxProcess sandbox = SandboxProcess.start("--max-upload-mb", "2048")) {
            String ttsai = sandbox.baseUrl() + "/ttsai/v1";
            streamed = upload("file", size, ttsai);
            inMemory = upload("byte-array", size, ttsai);
        }
        if (!streamed.has("ok")) {
            return BenchmarkResult.failed(name(), streamed.failure(), goals());
        }
        String label = size >= GIB ? (size / GIB) + " GiB" : (size >> 20) + " MiB";
        boolean succeeded = streamed.flag("ok");
        double seconds = streamed.number("seconds");
        List<Row> rows = List.of(
                row("speech: body is the File, " + label + ", " + SMALL_HEAP, streamed, size),
                row("Files.readAllBytes first, " + label + ", " + SMALL_HEAP, inMemory, size));
        Target target = new Target(name(), goals().get(0), succeeded, (succeeded
                ? "succeeded in " + Format.seconds(seconds) + ", peak heap " + Format.megabytes(streamed.number("peakHeapMb"))
                : "failed: " + streamed.text("outcome")) + " (" + label + ")");
        String summary = String.format("memory: %s upload with %s %s in %s (peak heap %s, peak RSS %s); byte[] first: %s",
                label, SMALL_HEAP, succeeded ? "succeeded" : "FAILED", Format.seconds(seconds),
                Format.megabytes(streamed.number("peakHeapMb")), Format.megabytes(streamed.number("peakRssMb")),
                inMemory.has("outcome") ? inMemory.text("outcome") : inMemory.failure());
        return new BenchmarkResult(name(), summary, rows, List.of(target));
    }

    private static long size(Scale scale) {
        return scale.of(GIB);
    }

    private static ChildOutput upload(String mode, long size, String ttsai) {
        return ChildJvm.run(LargeUploadRun.class, List.of(SMALL_HEAP), List.of(mode, String.valueOf(size), ttsai), LIMIT);
    }

    private Row row(String contender, ChildOutput out, long size) {
        if (!out.has("ok")) {
            return new Row(name(), contender, "failed", out.failure());
        }
        boolean ok = out.flag("ok");
        double seconds = out.number("seconds");
        String result = ok ? "succeeded in " + Format.seconds(seconds) : "failed: " + out.text("outcome");
        String details = "peak heap " + Format.megabytes(out.number("peakHeapMb")) + " of "
                + Format.megabytes(out.number("maxHeapMb")) + ", peak RSS " + Format.megabytes(out.number("peakRssMb"))
                + (ok ? String.format(", %.0f MB/s; %s", size / 1048576.0 / seconds, out.text("outcome")) : "");
        return new Row(name(), contender, result, details);
    }
}
