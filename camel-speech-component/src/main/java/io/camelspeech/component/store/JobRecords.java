package io.camelspeech.component.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** The rules every store applies the same way, so the three implementations cannot drift apart. */
final class JobRecords {

    /** Newest first; the reference breaks ties so every store picks the same record. */
    static final Comparator<JobRecord> NEWEST_FIRST = Comparator.comparing(JobRecord::createdAt)
            .thenComparing(JobRecord::reference).reversed();

    /** Oldest first: the order in which pending records are resumed. */
    static final Comparator<JobRecord> OLDEST_FIRST = NEWEST_FIRST.reversed();

    private JobRecords() {
    }

    /** Fields without which a record could be neither addressed nor purged. */
    static JobRecord requireValid(JobRecord record) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(record.reference(), "reference");
        Objects.requireNonNull(record.provider(), "provider");
        Objects.requireNonNull(record.createdAt(), "createdAt");
        return record;
    }

    static Duration requirePositive(Duration lease) {
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, was " + lease);
        }
        return lease;
    }

    /**
     * What a save stores over {@code stored}: the incoming record, except that emitted is sticky once true and the
     * lease (owner, leaseUntil) is only changed by claim, so a save from a stale copy can neither un-emit nor steal.
     */
    static JobRecord merge(JobRecord stored, JobRecord incoming) {
        if (stored == null) {
            return incoming;
        }
        return new JobRecord(incoming.reference(), incoming.provider(), incoming.operation(), incoming.jobId(),
                incoming.state(), incoming.jobJson(), incoming.idempotencyKey(), incoming.tokenHash(),
                stored.emitted(), stored.owner(), stored.leaseUntil(), incoming.createdAt(),
                incoming.updatedAt());
    }

    static JobRecord emitted(JobRecord record) {
        return new JobRecord(record.reference(), record.provider(), record.operation(), record.jobId(), record.state(),
                record.jobJson(), record.idempotencyKey(), record.tokenHash(), true, record.owner(),
                record.leaseUntil(), record.createdAt(), record.updatedAt());
    }

    static JobRecord leased(JobRecord record, String owner, Instant leaseUntil) {
        return new JobRecord(record.reference(), record.provider(), record.operation(), record.jobId(), record.state(),
                record.jobJson(), record.idempotencyKey(), record.tokenHash(), record.emitted(), owner, leaseUntil,
                record.createdAt(), record.updatedAt());
    }

    /** Free for {@code owner}: nobody holds it, {@code owner} already does, or the holder's lease has run out. */
    static boolean claimable(JobRecord record, String owner, Instant now) {
        return record.owner() == null || record.owner().equals(owner) || record.leaseUntil() == null
                || !record.leaseUntil().isAfter(now);
    }

    static boolean matchesKey(JobRecord record, String idempotencyKey, Instant notBefore) {
        return idempotencyKey.equals(record.idempotencyKey()) && !record.createdAt().isBefore(notBefore);
    }
}
