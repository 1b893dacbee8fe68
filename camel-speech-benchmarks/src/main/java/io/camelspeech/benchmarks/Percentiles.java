package io.camelspeech.benchmarks;

import java.util.Arrays;

/** Nearest-rank percentiles of latencies given in nanoseconds, reported in milliseconds. */
final class Percentiles {

    private final long[] sorted;

    Percentiles(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    double percentileMillis(double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6;
    }
}
