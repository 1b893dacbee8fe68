package io.camelspeech.component.store;

import java.time.Instant;

import io.camelspeech.component.job.JobState;

/**
 * What the store keeps of one submitted job. {@code reference} is this application's own id of the submission (the
 * primary key, known before the provider answers); the callback token is kept only as its SHA-256, never in clear;
 * credentials are never stored. {@code jobJson} is the last known {@code SpeechJob} as JSON.
 */
public record JobRecord(
        String reference,
        String provider,
        String operation,
        String jobId,
        JobState state,
        String jobJson,
        String idempotencyKey,
        String tokenHash,
        boolean emitted,
        String owner,
        Instant leaseUntil,
        Instant createdAt,
        Instant updatedAt) {

    public JobRecord withJob(String newJobId, JobState newState, String newJobJson) {
        return new JobRecord(reference, provider, operation, newJobId, newState, newJobJson, idempotencyKey, tokenHash,
                emitted, owner, leaseUntil, createdAt, Instant.now());
    }

    public boolean isFinal() {
        return state != null && state.isFinal();
    }
}
