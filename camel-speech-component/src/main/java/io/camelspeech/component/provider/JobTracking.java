package io.camelspeech.component.provider;

import io.camelspeech.component.job.JobTracker;

/**
 * The bookkeeping of one job submission: this application's reference (known before the provider answers), the
 * secret token of its callback URL, that URL when callbacks are on, and the idempotency key of the input.
 */
public record JobTracking(JobTracker tracker, String reference, String token, String callbackUrl, String idempotencyKey,
        long retentionMillis, long callbackGraceMillis) {

    public JobTracking withIdempotencyKey(String key) {
        return new JobTracking(tracker, reference, token, callbackUrl, key, retentionMillis, callbackGraceMillis);
    }

    /** The same bookkeeping for an earlier submission of the same input, which this call resumes. */
    public JobTracking resuming(String earlierReference) {
        return new JobTracking(tracker, earlierReference, null, null, idempotencyKey, retentionMillis, callbackGraceMillis);
    }
}
