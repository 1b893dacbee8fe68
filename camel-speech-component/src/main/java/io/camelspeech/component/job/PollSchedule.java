package io.camelspeech.component.job;

/**
 * When to ask about a job: each wait is a fixed share ({@code ratio}) of how long the job has run so far, at least
 * {@code intervalMillis} and at most {@code maxIntervalMillis}. So a finished job is seen at most about that share of
 * its duration late, and a long job is not asked about often: with the defaults (3 s, 1/8, 60 s) a 30 s job costs
 * about 9 status calls and is seen at most about 3.75 s late. Waiting ends after {@code timeoutMillis} (0 = never).
 */
public record PollSchedule(long intervalMillis, long maxIntervalMillis, double ratio, long timeoutMillis) {

    /** The share of a job's running time waited before asking again. */
    public static final double RATIO = 0.125;

    /** The wait before the next poll of a job that has run {@code elapsedMillis} so far. */
    public long next(long elapsedMillis) {
        return Math.min(maxIntervalMillis, Math.max(intervalMillis, (long) (elapsedMillis * ratio)));
    }
}
