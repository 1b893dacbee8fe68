package io.camelspeech.component.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.store.JobRecord;
import io.camelspeech.component.store.JobStore;

/**
 * Writes every submitted job to the {@link JobStore} before the route continues, finds the job an earlier identical
 * submission created (idempotency), and hands callbacks to the waits they end. Owned by the component.
 */
public final class JobTracker {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JobTracker.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JobStore store;
    private final JobEngine engine;
    private final String owner;

    public JobTracker(JobStore store, JobEngine engine, String owner) {
        this.store = store;
        this.engine = engine;
        this.owner = owner;
    }

    public JobStore store() {
        return store;
    }

    public JobEngine engine() {
        return engine;
    }

    /** This instance's name in leases (several instances may share one store). */
    public String owner() {
        return owner;
    }

    /** A job the same input already created, while it runs or within the retention period after it was created. */
    public Optional<JobRecord> reusable(String idempotencyKey, long retentionMillis) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return store.findByIdempotencyKey(idempotencyKey, Instant.now().minusMillis(retentionMillis))
                .filter(record -> record.jobId() != null);
    }

    /** Records a job the provider has just accepted; durable before the route continues. */
    public void submitted(String reference, String operation, SpeechJob job, String idempotencyKey, String token) {
        Instant now = Instant.now();
        store.save(new JobRecord(reference, job.provider(), operation, job.id(), job.state(), toJson(job), idempotencyKey,
                token == null ? null : sha256(token), false, null, null, now, now));
        LOG.info("{} job {} ({}): {}", job.provider(), job.id(), operation, job.state());
    }

    /** Records the job's newest known state (when it changed). */
    public void updated(String reference, SpeechJob job) {
        store.findByReference(reference).ifPresent(record -> {
            if (record.state() != job.state()) {
                // one line per state change, with the time since submission: what a person watching wants
                LOG.info("{} job {}: {} -> {} after {} s", job.provider(), job.id(), record.state(), job.state(),
                        String.format("%.1f", java.time.Duration.between(record.createdAt(), Instant.now()).toMillis() / 1000.0));
            }
            if (record.state() != job.state() || !record.isFinal()) {
                store.save(record.withJob(job.id(), job.state(), toJson(job)));
            }
        });
    }

    /** The completion was handed to a route (a waiting exchange or the jobs consumer): true only the first time. */
    public boolean delivered(String reference) {
        return store.markEmitted(reference);
    }

    public static SpeechJob jobOf(JobRecord record) {
        try {
            return SpeechJson.MAPPER.readValue(record.jobJson(), SpeechJob.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The job store holds an unreadable job for " + record.reference(), e);
        }
    }

    static String toJson(SpeechJob job) {
        return SpeechJson.write(job);
    }

    /** 256 random bits, URL-safe: the secret part of a callback URL. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in time independent of where the strings differ, so a token cannot be guessed byte by byte. */
    public static boolean sameHash(String expectedHash, String token) {
        if (expectedHash == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHash.getBytes(StandardCharsets.US_ASCII),
                sha256(token).getBytes(StandardCharsets.US_ASCII));
    }
}
