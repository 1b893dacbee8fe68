package io.camelspeech.sandbox.replica;

import io.camelspeech.sandbox.spi.JobFate;
import io.camelspeech.sandbox.spi.JobSchedule;

import java.time.Duration;
import java.util.List;

/**
 * One speech-to-speech job: created, given its source audio through the presigned upload, started, then in
 * progress until its schedule ends. Its state is computed whenever it is asked for. Thread-safe.
 */
final class StsJob {

    /** The job as a client sees it at one moment. */
    record Status(String uuid, String state, String error, String extension) {
    }

    private final String uuid;
    private final long createdAtMillis;
    private final StsSettings settings;
    private final JobFate fate;
    private SourceAudio source;
    private JobSchedule schedule;
    private List<String> extensions;
    private String startError;

    StsJob(String uuid, long createdAtMillis, StsSettings settings, JobFate fate) {
        this.uuid = uuid;
        this.createdAtMillis = createdAtMillis;
        this.settings = settings;
        this.fate = fate;
    }

    String uuid() {
        return uuid;
    }

    long createdAtMillis() {
        return createdAtMillis;
    }

    StsSettings settings() {
        return settings;
    }

    /** Keeps the source for a job not started yet; a later upload replaces an earlier one, as S3 overwrites. */
    synchronized void upload(SourceAudio audio) {
        if (schedule == null && startError == null) {
            source = audio;
        }
    }

    synchronized SourceAudio source() {
        return source;
    }

    /** Starts the job once; without a source it goes straight to ERROR. */
    synchronized Status start(List<String> requestedExtensions, Duration runTime, long nowMillis) {
        if (schedule == null && startError == null) {
            extensions = List.copyOf(requestedExtensions);
            if (source == null) {
                startError = ReplicaAssumptions.NOTHING_UPLOADED;
            } else {
                schedule = JobSchedule.startingAt(nowMillis, runTime, fate);
            }
        }
        return statusAt(nowMillis);
    }

    synchronized Status statusAt(long nowMillis) {
        String extension = extensions == null ? null : extensions.get(0);
        if (startError != null) {
            return new Status(uuid, ReplicaAssumptions.ERROR, startError, extension);
        }
        if (schedule == null) {
            return new Status(uuid, ReplicaAssumptions.PENDING, null, null);
        }
        return switch (schedule.phaseAt(nowMillis)) {
            case QUEUED, RUNNING -> new Status(uuid, ReplicaAssumptions.IN_PROGRESS, null, extension);
            case SUCCEEDED -> new Status(uuid, ReplicaAssumptions.COMPLETED, null, extension);
            case FAILED -> new Status(uuid, ReplicaAssumptions.ERROR, fate.reason(), extension);
        };
    }
}
