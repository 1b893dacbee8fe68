package io.camelspeech.component.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable record of every submitted job, so a restart resumes them, a completion is emitted exactly once, and the
 * same input is not paid for twice. Implementations: {@link InMemoryJobStore} (tests), {@link FileJobStore}
 * (default; one JSON file per job, atomic writes), {@link JdbcJobStore} (several Camel instances sharing one database).
 * Every method is safe to call from many threads (and, for file and JDBC stores, many processes).
 */
public interface JobStore extends AutoCloseable {

    /**
     * Inserts or replaces the record with this reference; durable when it returns. Replacing never changes the
     * emitted flag or the lease: only {@link #markEmitted} and {@link #claim} do, so a save from a stale copy cannot
     * undo them.
     */
    void save(JobRecord record);

    /**
     * Saves every record as {@link #save} does, durable when it returns, with one durable write for all of them where
     * the store can (one fsync, one commit): what lets a burst of submissions share the cost. Used through
     * {@link GroupCommit}.
     */
    default void saveAll(List<JobRecord> records) {
        records.forEach(this::save);
    }

    Optional<JobRecord> findByReference(String reference);

    Optional<JobRecord> findByJobId(String provider, String jobId);

    /** The newest record with this idempotency key created at or after {@code notBefore}. */
    Optional<JobRecord> findByIdempotencyKey(String idempotencyKey, Instant notBefore);

    /** Records of the provider whose completion has not been emitted yet (unfinished, or finished but not emitted). */
    List<JobRecord> pending(String provider);

    /**
     * Marks the completion of this record emitted, atomically: true only for the one caller (thread or process) that
     * changed it from not emitted to emitted.
     */
    boolean markEmitted(String reference);

    /**
     * Takes (or renews) the right to poll and emit this record for {@code lease}: true when {@code owner} holds it
     * after the call, i.e. nobody else held an unexpired lease.
     */
    boolean claim(String reference, String owner, Duration lease);

    /** Forgets records created before {@code before} (retention). */
    int purge(Instant before);

    /** What and where this store is, for operators (dev console, JMX): never credentials. */
    default String describe() {
        return getClass().getSimpleName();
    }

    @Override
    default void close() {
    }
}
