package io.camelspeech.benchmarks;

/** Full size, or {@code --quick}: about a tenth of the work, for a fast check that everything runs. */
record Scale(boolean quick) {

    int of(int full) {
        return quick ? Math.max(1, full / 10) : full;
    }

    long of(long full) {
        return quick ? Math.max(1, full / 10) : full;
    }
}
