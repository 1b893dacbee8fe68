package io.camelspeech.benchmarks;

/** The outcome of one timed batch of requests. */
record RunStats(int succeeded, int failed, long nanos, String firstError) {

    /** Two batches as one: counts and times add up, the earlier first error stays. */
    RunStats plus(RunStats later) {
        return new RunStats(succeeded + later.succeeded, failed + later.failed, nanos + later.nanos,
                firstError != null ? firstError : later.firstError);
    }

    double seconds() {
        return nanos / 1e9;
    }

    /** Successful requests per second. */
    double perSecond() {
        return succeeded / seconds();
    }

    /** Child side: hands this run's figures to the parent under {@code key.*}. */
    void report(String key) {
        ChildOutput.put(key + ".rps", perSecond());
        ChildOutput.put(key + ".ok", succeeded);
        ChildOutput.put(key + ".failed", failed);
        ChildOutput.put(key + ".seconds", seconds());
        if (firstError != null) {
            ChildOutput.put(key + ".error", firstError);
        }
    }
}
