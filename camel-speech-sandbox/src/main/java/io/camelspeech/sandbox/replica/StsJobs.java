package io.camelspeech.sandbox.replica;

import io.camelspeech.sandbox.spi.JobFate;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Every speech-to-speech job by its uuid; a job costs one map entry, whatever its state. */
final class StsJobs {

    private final Map<String, StsJob> jobs = new ConcurrentHashMap<>();

    StsJob create(StsSettings settings, JobFate fate) {
        StsJob job = new StsJob(UUID.randomUUID().toString(), System.currentTimeMillis(), settings, fate);
        jobs.put(job.uuid(), job);
        return job;
    }

    Optional<StsJob> find(String uuid) {
        return Optional.ofNullable(jobs.get(uuid));
    }
}
