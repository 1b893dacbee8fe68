package io.camelspeech.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Counts how the jobs of one run ended, and hands the run's figures to the parent. */
final class JobFigures {

    private final AtomicInteger succeeded = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    void succeeded() {
        succeeded.incrementAndGet();
    }

    void failed(Object why) {
        failed.incrementAndGet();
        firstError.compareAndSet(null, String.valueOf(why));
    }

    /**
     * Child side: the outcome plus what this JVM used since {@link Measure#reset()}, and what the sandbox used in
     * the same time ({@code sandboxCpuSeconds}, -1 when unknown).
     */
    void report(int jobs, int baselineThreads, long submitNanos, long wallNanos, double sandboxCpuSeconds) {
        ChildOutput.put("jobs", jobs);
        ChildOutput.put("ok", succeeded.get());
        ChildOutput.put("failed", jobs - succeeded.get());
        ChildOutput.put("submitSeconds", submitNanos / 1e9);
        ChildOutput.put("wallSeconds", wallNanos / 1e9);
        ChildOutput.put("baselineThreads", baselineThreads);
        ChildOutput.put("peakThreads", Measure.peakThreads());
        ChildOutput.put("peakHeapMb", Measure.megabytes(Measure.peakHeapBytes()));
        ChildOutput.put("maxHeapMb", Measure.megabytes(Measure.maxHeapBytes()));
        ChildOutput.put("peakRssMb", Measure.megabytes(Measure.peakRssBytes()));
        ChildOutput.put("cpuSeconds", Measure.cpuSecondsSinceReset());
        ChildOutput.put("sandboxCpuSeconds", sandboxCpuSeconds);
        if (firstError.get() != null) {
            ChildOutput.put("error", firstError.get());
        }
    }
}
