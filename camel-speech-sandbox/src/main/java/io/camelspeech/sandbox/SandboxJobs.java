package io.camelspeech.sandbox;

import io.camelspeech.sandbox.spi.JobFate;
import io.camelspeech.sandbox.spi.JobFates;

import java.util.Objects;

/**
 * Scripts how the next jobs of the job-based providers end, and counts the jobs they create: Replica
 * speech-to-speech jobs ({@code replica}), AI/ML API transcriptions ({@code aimlapi}), AudioStack voice clones
 * ({@code audiostack}) and Tencent jobs ({@code tencent}). Scripted fates apply first in first out, one per job.
 * Thread-safe.
 */
public final class SandboxJobs {

    private final JobFates fates;

    SandboxJobs(JobFates fates) {
        this.fates = fates;
    }

    /** The next job created at {@code provider} ends in that provider's failed state, with {@code reason}. */
    public void failNext(String provider, String reason) {
        fates.script(provider, JobFate.fail(Objects.requireNonNull(reason, "reason")));
    }

    /** The next job created at {@code provider} never finishes (it stays in its running state). */
    public void stallNext(String provider) {
        fates.script(provider, JobFate.STALL);
    }

    /** Jobs created at {@code provider} since the sandbox started or since {@link #clear()}. */
    public int created(String provider) {
        return fates.created(provider);
    }

    /** Forgets the scripted fates and the counts; jobs already created keep their fate. */
    public void clear() {
        fates.clear();
    }
}
