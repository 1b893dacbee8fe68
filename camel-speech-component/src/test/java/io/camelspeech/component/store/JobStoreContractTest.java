package io.camelspeech.component.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.camelspeech.component.job.JobState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link JobStore} must do; each implementation runs it through a subclass. */
abstract class JobStoreContractTest {

    /** Whole milliseconds: the JDBC store keeps no finer time. */
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123Z");
    static final Duration LEASE = Duration.ofMinutes(1);

    protected final TestClock clock = new TestClock(T0.plus(Duration.ofDays(1)));
    protected JobStore store;

    /** A new store on fresh storage; called once per test, subclasses may call it again for the same storage. */
    protected abstract JobStore newStore(Clock clock) throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = newStore(clock);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static JobRecord record(String reference, String provider, String jobId, String idempotencyKey,
                            Instant createdAt) {
        return new JobRecord(reference, provider, "transcribe", jobId, JobState.SUBMITTED,
                "{\"provider\":\"" + provider + "\",\"id\":\"" + jobId + "\",\"state\":\"SUBMITTED\"}",
                idempotencyKey, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", false, null,
                null, createdAt, createdAt);
    }

    static JobRecord record(String reference, Instant createdAt) {
        return record(reference, "tencent", "job-" + reference, null, createdAt);
    }

    @Test
    void savedRecordIsFoundByReferenceAndByJobId() {
        JobRecord saved = record("ref-1", "tencent", "job-1", "key-1", T0);
        store.save(saved);

        assertThat(store.findByReference("ref-1")).contains(saved);
        assertThat(store.findByJobId("tencent", "job-1")).contains(saved);
        assertThat(store.findByJobId("replica", "job-1")).isEmpty();
        assertThat(store.findByReference("ref-unknown")).isEmpty();
        assertThat(store.findByJobId("tencent", "job-unknown")).isEmpty();
    }

    @Test
    void recordWithOnlyTheRequiredFieldsRoundTrips() {
        JobRecord minimal = new JobRecord("ref-1", "tencent", null, null, null, null, null, null, false, null, null,
                T0, null);
        store.save(minimal);

        assertThat(store.findByReference("ref-1")).contains(minimal);
    }

    @Test
    void saveReplacesTheRecordWithTheSameReference() {
        JobRecord submitted = record("ref-1", "tencent", null, "key-1", T0);
        store.save(submitted);
        JobRecord running = submitted.withJob("job-1", JobState.RUNNING, "{\"state\":\"RUNNING\"}");
        store.save(running);
        JobRecord completed = running.withJob("job-2", JobState.COMPLETED, "{\"state\":\"COMPLETED\"}");
        store.save(completed);

        JobRecord found = store.findByReference("ref-1").orElseThrow();
        assertThat(found.state()).isEqualTo(JobState.COMPLETED);
        assertThat(found.jobJson()).isEqualTo("{\"state\":\"COMPLETED\"}");
        assertThat(found.isFinal()).isTrue();
        assertThat(store.findByJobId("tencent", "job-2")).contains(found);
        assertThat(store.findByJobId("tencent", "job-1")).isEmpty();
        assertThat(store.pending("tencent")).containsExactly(found);
    }

    @Test
    void saveFromAStaleCopyKeepsEmittedAndTheLease() {
        JobRecord stale = record("ref-1", T0);
        store.save(stale);
        assertThat(store.claim("ref-1", "instance-a", LEASE)).isTrue();
        assertThat(store.markEmitted("ref-1")).isTrue();

        store.save(stale.withJob("job-ref-1", JobState.COMPLETED, "{\"state\":\"COMPLETED\"}"));

        JobRecord found = store.findByReference("ref-1").orElseThrow();
        assertThat(found.state()).isEqualTo(JobState.COMPLETED);
        assertThat(found.emitted()).isTrue();
        assertThat(found.owner()).isEqualTo("instance-a");
        assertThat(found.leaseUntil()).isEqualTo(clock.instant().plus(LEASE));
        assertThat(store.claim("ref-1", "instance-b", LEASE)).isFalse();
        assertThat(store.markEmitted("ref-1")).isFalse();
    }

    @Test
    void saveNeverChangesTheEmittedFlagOfAStoredRecord() {
        JobRecord notEmitted = record("ref-1", T0);
        store.save(notEmitted);
        store.save(JobRecords.emitted(notEmitted));
        assertThat(store.findByReference("ref-1").orElseThrow().emitted()).as("only markEmitted sets it").isFalse();

        assertThat(store.markEmitted("ref-1")).isTrue();
        store.save(notEmitted);
        assertThat(store.findByReference("ref-1").orElseThrow().emitted()).as("a stale copy cannot clear it").isTrue();
        assertThat(store.markEmitted("ref-1")).isFalse();
    }

    @Test
    void idempotencyLookupPicksTheNewestRecordNotBeforeTheGivenTime() {
        JobRecord oldest = record("ref-1", "tencent", "job-1", "key-1", T0);
        JobRecord middle = record("ref-2", "tencent", "job-2", "key-1", T0.plusSeconds(60));
        JobRecord newest = record("ref-3", "replica", "job-3", "key-1", T0.plusSeconds(120));
        JobRecord otherKey = record("ref-4", "tencent", "job-4", "key-2", T0.plusSeconds(180));
        store.save(newest);
        store.save(oldest);
        store.save(otherKey);
        store.save(middle);

        assertThat(store.findByIdempotencyKey("key-1", T0.minusSeconds(1))).contains(newest);
        assertThat(store.findByIdempotencyKey("key-1", newest.createdAt())).contains(newest);
        assertThat(store.findByIdempotencyKey("key-1", newest.createdAt().plusMillis(1))).isEmpty();
        assertThat(store.findByIdempotencyKey("key-2", T0)).contains(otherKey);
        assertThat(store.findByIdempotencyKey("key-unknown", T0)).isEmpty();
    }

    @Test
    void idempotencyLookupIgnoresARecordWhoseKeyChanged() {
        JobRecord first = record("ref-1", "tencent", "job-1", "key-1", T0);
        store.save(first);
        store.save(record("ref-1", "tencent", "job-1", "key-2", T0));

        assertThat(store.findByIdempotencyKey("key-1", T0)).isEmpty();
        assertThat(store.findByIdempotencyKey("key-2", T0)).map(JobRecord::reference).contains("ref-1");
    }

    @Test
    void pendingListsTheProvidersRecordsNotEmittedYet() {
        JobRecord first = record("ref-1", "tencent", "job-1", null, T0);
        JobRecord second = record("ref-2", "tencent", "job-2", null, T0.plusSeconds(1));
        JobRecord emitted = record("ref-3", "tencent", "job-3", null, T0.plusSeconds(2));
        JobRecord otherProvider = record("ref-4", "replica", "job-4", null, T0);
        store.save(second);
        store.save(first);
        store.save(emitted);
        store.save(otherProvider);
        store.markEmitted("ref-3");

        assertThat(store.pending("tencent")).containsExactly(first, second);
        assertThat(store.pending("replica")).containsExactly(otherProvider);
        assertThat(store.pending("audiostack")).isEmpty();
    }

    @Test
    void markEmittedSucceedsForExactlyOneOfSixteenThreads() throws Exception {
        store.save(record("ref-1", T0));

        assertThat(Race.winners(16, contender -> store.markEmitted("ref-1"))).isEqualTo(1);
        assertThat(store.findByReference("ref-1").orElseThrow().emitted()).isTrue();
        assertThat(store.pending("tencent")).isEmpty();
    }

    @Test
    void markEmittedOfAnUnknownReferenceIsFalse() {
        assertThat(store.markEmitted("ref-unknown")).isFalse();
    }

    @Test
    void claimIsExclusiveUntilTheLeaseRunsOut() {
        store.save(record("ref-1", T0));

        assertThat(store.claim("ref-1", "instance-a", LEASE)).isTrue();
        assertThat(store.claim("ref-1", "instance-b", LEASE)).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(store.claim("ref-1", "instance-a", LEASE)).as("renewal").isTrue();
        clock.advance(Duration.ofSeconds(45));
        assertThat(store.claim("ref-1", "instance-b", LEASE)).as("renewed lease still held").isFalse();
        clock.advance(Duration.ofSeconds(16));
        assertThat(store.claim("ref-1", "instance-b", LEASE)).as("after the lease ran out").isTrue();
        assertThat(store.claim("ref-1", "instance-a", LEASE)).isFalse();

        JobRecord found = store.findByReference("ref-1").orElseThrow();
        assertThat(found.owner()).isEqualTo("instance-b");
        assertThat(found.leaseUntil()).isEqualTo(clock.instant().plus(LEASE));
    }

    @Test
    void claimOfAnUnknownReferenceIsFalse() {
        assertThat(store.claim("ref-unknown", "instance-a", LEASE)).isFalse();
    }

    @Test
    void claimNeedsAPositiveLease() {
        store.save(record("ref-1", T0));

        assertThatThrownBy(() -> store.claim("ref-1", "instance-a", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void claimSucceedsForExactlyOneOfSixteenOwners() throws Exception {
        store.save(record("ref-1", T0));

        assertThat(Race.winners(16, contender -> store.claim("ref-1", "instance-" + contender, LEASE)))
                .isEqualTo(1);
    }

    @Test
    void purgeForgetsRecordsCreatedBeforeTheGivenTime() {
        store.save(record("ref-1", "tencent", "job-1", "key-1", T0));
        store.save(record("ref-2", "tencent", "job-2", "key-1", T0.plusSeconds(60)));
        store.save(record("ref-3", "replica", "job-3", "key-3", T0.plusSeconds(120)));

        assertThat(store.purge(T0.plusSeconds(60))).isEqualTo(1);

        assertThat(store.findByReference("ref-1")).isEmpty();
        assertThat(store.findByJobId("tencent", "job-1")).isEmpty();
        assertThat(store.findByReference("ref-2")).isPresent();
        assertThat(store.findByReference("ref-3")).isPresent();
        assertThat(store.findByIdempotencyKey("key-1", T0.minusSeconds(1))).map(JobRecord::reference)
                .contains("ref-2");
        assertThat(store.pending("tencent")).extracting(JobRecord::reference).containsExactly("ref-2");
        assertThat(store.purge(T0.plusSeconds(60))).isZero();
        assertThat(store.purge(T0.plusSeconds(121))).isEqualTo(2);
        assertThat(store.findByIdempotencyKey("key-1", T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void aPurgedReferenceCanBeSavedAgain() {
        store.save(record("ref-1", "tencent", "job-1", "key-1", T0));
        store.purge(T0.plusMillis(1));
        JobRecord again = record("ref-1", "tencent", "job-1", "key-1", T0.plusSeconds(10));
        store.save(again);

        assertThat(store.findByReference("ref-1")).contains(again);
        assertThat(store.findByJobId("tencent", "job-1")).contains(again);
        assertThat(store.findByIdempotencyKey("key-1", T0)).contains(again);
    }

    @Test
    void saveRejectsARecordWithoutReferenceProviderOrCreationTime() {
        JobRecord valid = record("ref-1", T0);
        assertThatThrownBy(() -> store.save(new JobRecord(null, "tencent", null, null, null, null, null, null, false,
                null, null, T0, null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.save(new JobRecord("ref-1", null, null, null, null, null, null, null, false,
                null, null, T0, null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.save(new JobRecord("ref-1", "tencent", null, null, null, null, null, null,
                false, null, null, null, null))).isInstanceOf(NullPointerException.class);
        store.save(valid);
        assertThat(store.findByReference("ref-1")).contains(valid);
    }
}
