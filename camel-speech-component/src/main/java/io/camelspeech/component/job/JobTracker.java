package io.camelspeech.component.job;

import io.camelspeech.component.support.Hashes;
import io.camelspeech.component.support.Futures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camelspeech.component.SpeechProviderException;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.store.GroupCommit;
import io.camelspeech.component.metrics.SpeechStatistics;
import io.camelspeech.component.store.JobRecord;
import io.camelspeech.component.store.JobStore;

/**
 * The bookkeeping of every job this application pays for, in the {@link JobStore}:
 * <ul>
 * <li>write-ahead: a submission is recorded ({@link JobState#SUBMITTING}) and durable before its create request
 * leaves; the provider's answer then gives the record its job id. Both writes go through one {@link GroupCommit},
 * so a burst shares its fsyncs;</li>
 * <li>recovery of a submission whose answer was lost (a crash): once per reference in this JVM, under its lease;</li>
 * <li>leases: the references this JVM submits or waits for are leased to it and renewed, so no other instance sharing
 * the store takes them over meanwhile;</li>
 * <li>state changes, written only when something changed, and delivery (emitted once).</li>
 * </ul>
 * Owned by the component.
 */
public final class JobTracker implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JobTracker.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How often leases are renewed, as a part of the shortest lease held. */
    private static final int RENEWALS_PER_LEASE = 3;

    private final SpeechStatistics statistics;
    private final JobStore store;
    private final JobEngine engine;
    private final String owner;
    private final ScheduledExecutorService scheduler;
    private final GroupCommit commits;
    /** Lease renewals are store I/O: they run here, not on the scheduler that times every poll. */
    private final java.util.concurrent.Executor storeWork;
    /** Submissions of this JVM whose create request has not been answered yet: reference to the accepted job. */
    private final Map<String, Submission> submitting = new ConcurrentHashMap<>();
    /** The same, by idempotency key: a second copy of an input sent meanwhile follows the first. */
    private final Map<String, String> submittingByKey = new ConcurrentHashMap<>();
    /** References this JVM holds a lease on (submitting, or a route waiting for the job), with the lease's length. */
    private final Map<String, Duration> leased = new ConcurrentHashMap<>();
    /** Recoveries running in this JVM, so the producer and the jobs consumer share one. */
    private final Map<String, CompletableFuture<Recovered>> recovering = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> renewal;
    private final java.util.concurrent.atomic.AtomicBoolean renewing = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile long renewalMillis = Long.MAX_VALUE;

    private record Submission(Instant createdAt, String idempotencyKey, CompletableFuture<SpeechJob> accepted) {
    }

    /**
     * @param scheduler   the component's scheduler: timers only, never store I/O
     * @param completions where what follows a durable write runs (the component's I/O threads)
     */
    public JobTracker(JobStore store, JobEngine engine, String owner, ScheduledExecutorService scheduler,
                      java.util.concurrent.Executor completions, SpeechStatistics statistics) {
        this.store = Objects.requireNonNull(store, "store");
        this.statistics = statistics;
        this.engine = engine;
        this.owner = owner;
        this.scheduler = scheduler;
        this.commits = new GroupCommit(store, "SpeechJobStoreWriter", completions);
        this.storeWork = completions;
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

    /** Durable writes so far and the records they held: how well a burst was grouped. */
    public GroupCommit commits() {
        return commits;
    }

    /**
     * The newest submission of the same input within the retention period: one with a job id, one still being
     * submitted (or whose answer was lost), or one whose outcome is {@link JobState#UNKNOWN}.
     */
    public Optional<JobRecord> earlierSubmission(String idempotencyKey, long retentionMillis) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return store.findByIdempotencyKey(idempotencyKey, Instant.now().minusMillis(retentionMillis));
    }

    // --- write-ahead -----------------------------------------------------------------------------------------

    /**
     * Records a submission before its create request leaves: state SUBMITTING, no job id yet, leased to this
     * instance; {@code pending} holds what recovery needs to find the job again (e.g. Tencent's customId). The
     * future completes once the record is durable.
     */
    public CompletableFuture<Void> writeAhead(String reference, String operation, SpeechJob pending, String idempotencyKey,
                                              String token, Duration lease) {
        Instant now = Instant.now();
        hold(reference, lease);
        JobRecord record = new JobRecord(reference, pending.provider(), operation, null, JobState.SUBMITTING,
                toJson(pending), idempotencyKey, token == null ? null : Hashes.sha256Hex(token), false, owner,
                now.plus(lease), now, now);
        return commits.save(record);
    }

    /** A submission starts in this JVM (its write-ahead comes when its first request is about to leave). */
    public void begin(String reference, String idempotencyKey) {
        submitting.put(reference, new Submission(Instant.now(), idempotencyKey, new CompletableFuture<>()));
        if (idempotencyKey != null) {
            submittingByKey.put(idempotencyKey, reference);
        }
    }

    /** A submission of the same input in this JVM that has no answer yet: its reference and the job it will give. */
    public Optional<Map.Entry<String, CompletableFuture<SpeechJob>>> inFlightByKey(String idempotencyKey) {
        String reference = idempotencyKey == null ? null : submittingByKey.get(idempotencyKey);
        Submission submission = reference == null ? null : submitting.get(reference);
        return submission == null ? Optional.empty() : Optional.of(Map.entry(reference, submission.accepted()));
    }

    /** The provider accepted the submission: its job id is recorded (durable when the future completes). */
    public CompletableFuture<Void> submitted(String reference, String operation, SpeechJob job, String idempotencyKey,
                                             String token) {
        Submission submission = submitting.get(reference);
        Instant createdAt = submission != null ? submission.createdAt() : Instant.now();
        JobRecord record = new JobRecord(reference, job.provider(), operation, job.id(), job.state(), toJson(job),
                idempotencyKey, token == null ? null : Hashes.sha256Hex(token), false, owner, null, createdAt, Instant.now());
        return commits.save(record).whenComplete((done, failure) -> {
            forget(reference);
            if (submission != null) {
                if (failure == null) {
                    submission.accepted().complete(job);
                } else {
                    submission.accepted().completeExceptionally(failure);
                }
            }
            if (failure == null) {
                LOG.info("{} job {} ({}): {}", job.provider(), job.id(), operation, job.state());
            }
        });
    }

    /**
     * The create request failed. When the provider refused it (a 4xx answer) or it was never sent (bad input), nothing
     * was created: the record is retired (no longer found for the same input, never emitted) so the input can be sent
     * again. Any other failure (a dropped connection, a timeout, a 5xx that may have come after the job was created)
     * leaves the outcome open: the record stays SUBMITTING for recovery.
     */
    public void notAccepted(String reference, Throwable failure, boolean written) {
        Throwable cause = Futures.cause(failure);
        boolean refused = cause instanceof SpeechProviderException provider && provider.getStatusCode() >= 400
                && provider.getStatusCode() < 500 || cause instanceof IllegalArgumentException;
        if (written && refused) {
            store.findByReference(reference).ifPresent(record -> retire(record, JobState.FAILED,
                    "not accepted: " + cause.getMessage()));
            store.markEmitted(reference);
        }
        Submission submission = forget(reference);
        if (written) {
            handBack(reference);
        }
        if (submission != null) {
            submission.accepted().completeExceptionally(cause);
        }
    }

    private Submission forget(String reference) {
        Submission submission = submitting.remove(reference);
        if (submission != null && submission.idempotencyKey() != null) {
            submittingByKey.remove(submission.idempotencyKey(), reference);
        }
        return submission;
    }

    /** What became of a submission in this JVM that is still waiting for its create answer, if there is one. */
    public Optional<CompletableFuture<SpeechJob>> inFlight(String reference) {
        Submission submission = submitting.get(reference);
        return submission == null ? Optional.empty() : Optional.of(submission.accepted());
    }

    // --- recovery --------------------------------------------------------------------------------------------

    /** The outcome of asking the provider about a submission whose answer was lost. */
    public record Recovered(Outcome outcome, SpeechJob job) {

        public enum Outcome {
            /** the provider has the job: it is followed like any other */
            FOUND,
            /** the provider has no such job: nothing was paid, the input may be sent again */
            NOT_SUBMITTED,
            /** the provider cannot tell: never re-sent by itself */
            UNKNOWN
        }

        public static CompletableFuture<Recovered> found(SpeechJob job) {
            return CompletableFuture.completedFuture(new Recovered(Outcome.FOUND, job));
        }

        public static CompletableFuture<Recovered> notSubmitted() {
            return CompletableFuture.completedFuture(new Recovered(Outcome.NOT_SUBMITTED, null));
        }

        public static CompletableFuture<Recovered> unknown() {
            return CompletableFuture.completedFuture(new Recovered(Outcome.UNKNOWN, null));
        }
    }

    /** Another instance (or this one, before a restart it has not noticed) still holds the submission's lease. */
    public static final class LeaseHeldException extends RuntimeException {

        private final Instant leaseUntil;

        LeaseHeldException(String reference, Instant leaseUntil) {
            super("The submission " + reference + " is leased to another instance until " + leaseUntil);
            this.leaseUntil = leaseUntil;
        }

        public Instant leaseUntil() {
            return leaseUntil;
        }
    }

    /**
     * Asks the provider what became of a SUBMITTING record nobody is submitting any more: once per reference in this
     * JVM (the producer and the jobs consumer share the answer), and only under the record's lease. A found job is
     * recorded with its id; an unknown outcome is recorded as {@link JobState#UNKNOWN}; not submitted is left to the
     * caller. Fails with {@link LeaseHeldException} while another instance holds the lease.
     */
    public CompletableFuture<Recovered> recover(JobRecord record, Duration lease,
                                                Function<SpeechJob, CompletableFuture<Recovered>> askProvider) {
        return recovering.computeIfAbsent(record.reference(), reference -> {
            CompletableFuture<Recovered> outcome;
            if (!store.claim(reference, owner, lease)) {
                JobRecord now = store.findByReference(reference).orElse(record);
                outcome = CompletableFuture.failedFuture(new LeaseHeldException(reference, now.leaseUntil()));
            } else {
                // read again under the lease: the submitting instance may have recorded the answer meanwhile
                JobRecord current = store.findByReference(reference).orElse(record);
                outcome = current.state() != JobState.SUBMITTING || current.jobId() != null
                        ? CompletableFuture.completedFuture(answered(current))
                        : ask(current, askProvider);
            }
            // removed later, not from inside computeIfAbsent (an outcome may already be complete here)
            return outcome.whenComplete((done, failure) -> {
                try {
                    scheduler.execute(() -> recovering.remove(reference));
                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                    // the component is stopping: nothing will ask again
                }
            });
        });
    }

    private CompletableFuture<Recovered> ask(JobRecord record,
                                             Function<SpeechJob, CompletableFuture<Recovered>> askProvider) {
        LOG.info("{} submission {} ({}) had no answer: asking the provider", record.provider(), record.reference(),
                record.operation());
        try {
            return askProvider.apply(jobOf(record)).thenApply(recovered -> record(record, recovered));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A record that needs no asking: its job id came in, or its outcome was settled by another recovery. */
    private static Recovered answered(JobRecord current) {
        SpeechJob job = jobOf(current);
        if (current.jobId() != null) {
            return new Recovered(Recovered.Outcome.FOUND, job);
        }
        return current.state() == JobState.UNKNOWN ? new Recovered(Recovered.Outcome.UNKNOWN, job)
                : new Recovered(Recovered.Outcome.NOT_SUBMITTED, job);
    }

    private Recovered record(JobRecord record, Recovered recovered) {
        switch (recovered.outcome()) {
            case FOUND -> {
                SpeechJob job = recovered.job();
                store.save(record.withJob(job.id(), job.state(), toJson(job)));
                LOG.info("{} submission {}: found job {} ({})", record.provider(), record.reference(), job.id(), job.state());
            }
            case UNKNOWN -> {
                SpeechJob unknown = jobOf(record).update(JobState.UNKNOWN, null, null, record.provider()
                        + " cannot be asked whether it received the submission " + record.reference()
                        + " before this application stopped; it is not sent again by itself", null);
                store.save(record.withJob(null, JobState.UNKNOWN, toJson(unknown)));
                LOG.warn("{} submission {} ({}): outcome unknown", record.provider(), record.reference(), record.operation());
                return new Recovered(Recovered.Outcome.UNKNOWN, unknown);
            }
            case NOT_SUBMITTED -> LOG.info("{} submission {}: the provider has no such job", record.provider(),
                    record.reference());
            default -> throw new IllegalStateException(recovered.outcome().name());
        }
        return recovered;
    }

    /**
     * Takes a record out of idempotency lookups (its key is dropped) with a final state and why: a submission the
     * provider refused or never received, or an unknown one superseded by a new submission.
     */
    public JobRecord retire(JobRecord record, JobState state, String why) {
        SpeechJob retired = jobOf(record).update(state, null, null, why, null);
        JobRecord updated = new JobRecord(record.reference(), record.provider(), record.operation(), record.jobId(),
                state, toJson(retired), null, record.tokenHash(), record.emitted(), record.owner(),
                record.leaseUntil(), record.createdAt(), Instant.now());
        store.save(updated);
        statistics.jobFinished(record.provider(), state.name(), Duration.between(record.createdAt(), Instant.now()).toMillis());
        return updated;
    }

    // --- leases ----------------------------------------------------------------------------------------------

    /** This JVM works on the reference (submits it, or a route waits for it): its lease is renewed until release. */
    public void hold(String reference, Duration lease) {
        leased.put(reference, lease);
        long every = Math.max(100, lease.toMillis() / RENEWALS_PER_LEASE);
        if (every < renewalMillis && scheduler != null) {
            synchronized (this) {
                if (every < renewalMillis) {
                    renewalMillis = every;
                    if (renewal != null) {
                        renewal.cancel(false);
                    }
                    renewal = scheduler.scheduleWithFixedDelay(() -> storeWork.execute(this::renewLeases), every, every,
                            TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    /** Stops renewing the lease; it runs out by itself (the job was delivered, or is handed back at once). */
    public void release(String reference) {
        leased.remove(reference);
    }

    /**
     * Stops renewing the lease and ends it now: nobody here follows the job any more (wait=false, a wait that timed
     * out or was stopped, a submission whose answer was lost), so a jobs consumer may take it at once.
     */
    public void handBack(String reference) {
        leased.remove(reference);
        try {
            store.claim(reference, owner, Duration.ofMillis(1));
        } catch (RuntimeException e) {
            LOG.debug("Handing back the lease of {} failed: {}", reference, e.toString());
        }
    }

    /** Runs store work later: timed by the scheduler, done on the store-work threads (never on the scheduler). */
    public void later(Runnable storeWorkTask, long delayMillis) {
        scheduler.schedule(() -> storeWork.execute(storeWorkTask), delayMillis, TimeUnit.MILLISECONDS);
    }

    private void renewLeases() {
        if (!renewing.compareAndSet(false, true)) {
            return; // the previous round is still going: a slow store must not pile rounds up
        }
        try {
            renewEach();
        } finally {
            renewing.set(false);
        }
    }

    private void renewEach() {
        leased.forEach((reference, lease) -> {
            try {
                if (!store.claim(reference, owner, lease)) {
                    LOG.warn("The lease of {} was taken by another instance", reference);
                }
            } catch (RuntimeException e) {
                LOG.debug("Renewing the lease of {} failed: {}", reference, e.toString());
            }
        });
    }

    // --- progress and delivery -------------------------------------------------------------------------------

    /** Records the job's newest known state, only when something about it changed. */
    public void updated(String reference, SpeechJob job) {
        store.findByReference(reference).ifPresent(record -> {
            SpeechJob known = record.jobJson() == null ? null : jobOf(record);
            if (known != null && sameProgress(known, job) && record.state() == job.state()) {
                return;
            }
            if (record.state() != job.state() && job.state().isFinal()) {
                statistics.jobFinished(job.provider(), job.state().name(),
                        Duration.between(record.createdAt(), Instant.now()).toMillis());
            }
            if (record.state() != job.state()) {
                // one line per state change, with the time since submission: what a person watching wants
                LOG.info("{} job {}: {} -> {} after {} s", job.provider(), job.id(), record.state(), job.state(),
                        String.format("%.1f", Duration.between(record.createdAt(), Instant.now()).toMillis() / 1000.0));
            }
            store.save(record.withJob(job.id(), job.state(), toJson(job)));
        });
    }

    private static boolean sameProgress(SpeechJob known, SpeechJob now) {
        return known.state() == now.state() && Objects.equals(known.providerState(), now.providerState())
                && Objects.equals(known.resultLocation(), now.resultLocation())
                && Objects.equals(known.error(), now.error()) && Objects.equals(known.details(), now.details());
    }

    /** The completion was handed to a route (a waiting exchange or the jobs consumer): true only the first time. */
    public boolean delivered(String reference) {
        return store.markEmitted(reference);
    }

    /** Lets go of every lease this JVM holds, so another instance can take over at once; then stops the writer. */
    @Override
    public void close() {
        if (renewal != null) {
            renewal.cancel(false);
        }
        java.util.List.copyOf(leased.keySet()).forEach(this::handBack);
        commits.close();
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

    /** Compares in time independent of where the strings differ, so a token cannot be guessed byte by byte. */
    public static boolean sameHash(String expectedHash, String token) {
        if (expectedHash == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHash.getBytes(StandardCharsets.US_ASCII),
                Hashes.sha256Hex(token).getBytes(StandardCharsets.US_ASCII));
    }
}
