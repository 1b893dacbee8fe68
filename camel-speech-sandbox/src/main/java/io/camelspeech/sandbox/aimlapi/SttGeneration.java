package io.camelspeech.sandbox.aimlapi;

import io.camelspeech.sandbox.spi.JobSchedule;
import io.camelspeech.sandbox.spi.ReceivedFile;

/**
 * One transcription: its schedule, and its audio — known at once for an upload, later (or never) for a URL that is
 * fetched in the background. Its status is computed whenever it is asked for. Thread-safe.
 */
final class SttGeneration {

    /** The generation at one moment; {@code audio} is set when completed, {@code error} when failed. */
    record View(String status, ReceivedFile audio, String error) {
    }

    private final String id;
    private final String model;
    private final JobSchedule schedule;
    private volatile ReceivedFile audio;
    private volatile String fetchError;

    SttGeneration(String id, String model, JobSchedule schedule, ReceivedFile audio) {
        this.id = id;
        this.model = model;
        this.schedule = schedule;
        this.audio = audio;
    }

    String id() {
        return id;
    }

    String model() {
        return model;
    }

    long createdAtMillis() {
        return schedule.startedAtMillis();
    }

    void fetched(ReceivedFile file) {
        audio = file;
    }

    void fetchFailed(String message) {
        fetchError = message;
    }

    View viewAt(long nowMillis) {
        JobSchedule.Phase phase = schedule.phaseAt(nowMillis);
        if (phase == JobSchedule.Phase.QUEUED) {
            return new View(AimlApiAssumptions.WAITING, null, null);
        }
        if (fetchError != null) {
            return new View(AimlApiAssumptions.FAILED, null, fetchError);
        }
        ReceivedFile heard = audio;
        return switch (phase) {
            case FAILED -> new View(AimlApiAssumptions.FAILED, null, schedule.fate().reason());
            case SUCCEEDED -> heard == null
                    ? new View(AimlApiAssumptions.ACTIVE, null, null)
                    : new View(AimlApiAssumptions.COMPLETED, heard, null);
            default -> new View(AimlApiAssumptions.ACTIVE, null, null);
        };
    }
}
