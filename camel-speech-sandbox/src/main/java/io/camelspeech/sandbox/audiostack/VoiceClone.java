package io.camelspeech.sandbox.audiostack;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.sandbox.spi.JobSchedule;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** One voice clone being created: the files it uses and discards, and a schedule its status follows. */
final class VoiceClone {

    /** A listed file the clone does not use, and why. */
    record Discarded(String fileId, String reason) {
    }

    private final String alias;
    private final CloneTier tier;
    private final List<String> fileIds;
    private final List<Discarded> discarded;
    private final JsonNode metadata;
    private final JobSchedule schedule;
    private final AtomicBoolean chargeReported = new AtomicBoolean();

    VoiceClone(String alias, CloneTier tier, List<String> fileIds, List<Discarded> discarded, JsonNode metadata,
            JobSchedule schedule) {
        this.alias = alias;
        this.tier = tier;
        this.fileIds = List.copyOf(fileIds);
        this.discarded = List.copyOf(discarded);
        this.metadata = metadata;
        this.schedule = schedule;
    }

    String alias() {
        return alias;
    }

    CloneTier tier() {
        return tier;
    }

    List<String> fileIds() {
        return fileIds;
    }

    List<Discarded> discarded() {
        return discarded;
    }

    JsonNode metadata() {
        return metadata;
    }

    JobSchedule schedule() {
        return schedule;
    }

    String statusAt(long nowMillis) {
        return switch (schedule.phaseAt(nowMillis)) {
            case QUEUED, RUNNING -> AudioStackAssumptions.CREATING;
            case SUCCEEDED -> AudioStackAssumptions.SUCCEEDED;
            case FAILED -> AudioStackAssumptions.FAILED;
        };
    }

    /** A failed clone gives its alias back. */
    boolean holdsAliasAt(long nowMillis) {
        return !statusAt(nowMillis).equals(AudioStackAssumptions.FAILED);
    }

    /** The clone's credits the first time its success is reported, else 0: a charge is reported once. */
    int creditsToReport(long nowMillis) {
        boolean succeeded = statusAt(nowMillis).equals(AudioStackAssumptions.SUCCEEDED);
        return succeeded && chargeReported.compareAndSet(false, true) ? tier.credits() : 0;
    }
}
