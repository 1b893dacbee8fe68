package io.camelspeech.benchmarks;

/** The common shape of a jobs client run: a warm-up batch, unmeasured, then a measured batch and its figures. */
final class JobBatches {

    /** One batch of jobs run to their end; answers the System.nanoTime() at which the last one was submitted. */
    @FunctionalInterface
    interface Batch {
        long run(String keyPrefix, int jobs, JobFigures figures) throws InterruptedException;
    }

    private JobBatches() {
    }

    static void warmThenMeasure(Batch batch, int warmup, int jobs, long sandboxPid) throws InterruptedException {
        batch.run("warm-up-", warmup, new JobFigures());
        Measure.reset();
        int baseline = Measure.liveThreads();
        double sandboxCpuBefore = Measure.cpuSecondsOf(sandboxPid);
        JobFigures figures = new JobFigures();
        long start = System.nanoTime();
        long submitted = batch.run("recording-", jobs, figures);
        long end = System.nanoTime();
        double sandboxCpu = sandboxCpuBefore < 0 ? -1 : Measure.cpuSecondsOf(sandboxPid) - sandboxCpuBefore;
        figures.report(jobs, baseline, submitted - start, end - start, sandboxCpu);
    }
}
