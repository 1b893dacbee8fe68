package io.camelspeech.component.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Keeps records in this JVM only (tests, single short-lived instances); every change is one atomic map update. */
public final class InMemoryJobStore implements JobStore {

    private final Map<String, JobRecord> records = new ConcurrentHashMap<>();
    /** Idempotency key to the references that carry it: a lookup per submission must not scan every record. */
    private final Map<String, java.util.Set<String>> byKey = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryJobStore() {
        this(Clock.systemUTC());
    }

    /** {@code clock} decides when leases run out. */
    public InMemoryJobStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void save(JobRecord record) {
        JobRecords.requireValid(record);
        records.compute(record.reference(), (reference, stored) -> JobRecords.merge(stored, record));
        if (record.idempotencyKey() != null) {
            byKey.computeIfAbsent(record.idempotencyKey(), key -> ConcurrentHashMap.newKeySet()).add(record.reference());
        }
    }

    @Override
    public Optional<JobRecord> findByReference(String reference) {
        return Optional.ofNullable(records.get(Objects.requireNonNull(reference, "reference")));
    }

    @Override
    public Optional<JobRecord> findByJobId(String provider, String jobId) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(jobId, "jobId");
        return records.values().stream()
                .filter(record -> provider.equals(record.provider()) && jobId.equals(record.jobId()))
                .min(JobRecords.NEWEST_FIRST);
    }

    @Override
    public Optional<JobRecord> findByIdempotencyKey(String idempotencyKey, Instant notBefore) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(notBefore, "notBefore");
        return byKey.getOrDefault(idempotencyKey, java.util.Set.of()).stream()
                .map(records::get)
                .filter(record -> record != null && JobRecords.matchesKey(record, idempotencyKey, notBefore))
                .min(JobRecords.NEWEST_FIRST);
    }

    @Override
    public List<JobRecord> pending(String provider) {
        Objects.requireNonNull(provider, "provider");
        return records.values().stream()
                .filter(record -> provider.equals(record.provider()) && !record.emitted())
                .sorted(JobRecords.OLDEST_FIRST)
                .toList();
    }

    @Override
    public boolean markEmitted(String reference) {
        AtomicBoolean changed = new AtomicBoolean();
        records.computeIfPresent(Objects.requireNonNull(reference, "reference"), (key, stored) -> {
            if (stored.emitted()) {
                return stored;
            }
            changed.set(true);
            return JobRecords.emitted(stored);
        });
        return changed.get();
    }

    @Override
    public boolean claim(String reference, String owner, Duration lease) {
        Objects.requireNonNull(owner, "owner");
        JobRecords.requirePositive(lease);
        AtomicBoolean held = new AtomicBoolean();
        records.computeIfPresent(Objects.requireNonNull(reference, "reference"), (key, stored) -> {
            Instant now = clock.instant();
            if (!JobRecords.claimable(stored, owner, now)) {
                return stored;
            }
            held.set(true);
            return JobRecords.leased(stored, owner, now.plus(lease));
        });
        return held.get();
    }

    @Override
    public int purge(Instant before) {
        Objects.requireNonNull(before, "before");
        int purged = 0;
        for (Map.Entry<String, JobRecord> entry : records.entrySet()) {
            // remove(key, value) skips a record that a concurrent save has just replaced
            if (entry.getValue().createdAt().isBefore(before) && records.remove(entry.getKey(), entry.getValue())) {
                String key = entry.getValue().idempotencyKey();
                if (key != null) {
                    byKey.getOrDefault(key, java.util.Set.of()).remove(entry.getKey());
                }
                purged++;
            }
        }
        return purged;
    }

    @Override
    public String describe() {
        return "in-memory store (lost on restart)";
    }
}
