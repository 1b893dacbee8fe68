package io.camelspeech.component.store;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON file per record, {@code <directory>/<provider>/<reference>.json}, readable by a person. Writes go to a
 * temporary file renamed over the record, so a killed process leaves the old record or the new one; every change
 * of a record (save, markEmitted, claim, purge) happens under that reference's {@link RecordLocks lock}, which also
 * excludes other processes using the same directory. Reads take no lock. Idempotency keys and job ids are found
 * through {@link ReferenceIndex indexes} in {@code keys/} and {@code job-ids/}.
 */
public final class FileJobStore implements JobStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileJobStore.class);
    private static final String RECORD_SUFFIX = ".json";
    private static final String KEYS = "keys";
    private static final String JOB_IDS = "job-ids";
    private static final String LOCKS = "locks";
    private static final String JOURNAL = "journal";
    /** Folders of the store itself, which no provider may be named. */
    private static final Set<String> RESERVED = Set.of(KEYS, JOB_IDS, LOCKS, JOURNAL);
    /** Past this size the journal is checkpointed: its records synced in their own files, then it is emptied. */
    private static final long JOURNAL_CHECKPOINT_BYTES = 8L * 1024 * 1024;

    private final Path directory;
    private final Clock clock;
    private final RecordLocks locks;
    private final ReferenceIndex keyIndex;
    private final ReferenceIndex jobIdIndex;
    private final Journal journal;
    /** Record files written since the last checkpoint without a sync (their content is in the journal). */
    private final Set<Path> unsynced = new java.util.HashSet<>();

    public FileJobStore(Path directory) {
        this(directory, Clock.systemUTC());
    }

    /** {@code clock} decides when leases run out. */
    public FileJobStore(Path directory, Clock clock) {
        Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            AtomicFiles.createDirectory(directory);
            this.directory = directory.toRealPath();
            this.locks = new RecordLocks(this.directory.resolve(LOCKS));
            this.keyIndex = new ReferenceIndex(this.directory.resolve(KEYS), JobRecord::idempotencyKey);
            this.jobIdIndex = new ReferenceIndex(this.directory.resolve(JOB_IDS), FileJobStore::jobIdKey);
            replayJournals();
            this.journal = Journal.open(this.directory.resolve(JOURNAL));
        } catch (IOException e) {
            throw new JobStoreException("Cannot open the job store directory " + directory, e);
        }
        LOG.debug("Job store in {}", this.directory);
    }

    @Override
    public void save(JobRecord record) {
        requireStorable(record);
        write(record, true);
    }

    /**
     * One fsync for all: the records are appended to this process's journal and synced once, then written to their
     * own files without syncing (a killed process leaves them in the page cache; a power cut, in the journal).
     */
    @Override
    public void saveAll(List<JobRecord> records) {
        records.forEach(FileJobStore::requireStorable);
        synchronized (journal) {
            unchecked(() -> {
                List<byte[]> lines = new ArrayList<>(records.size());
                for (JobRecord record : records) {
                    lines.add(RecordJson.writeLine(record));
                }
                journal.append(lines);
                return null;
            });
            for (JobRecord record : records) {
                unsynced.add(write(record, false));
            }
            if (unchecked(journal::size) > JOURNAL_CHECKPOINT_BYTES) {
                checkpoint();
            }
        }
    }

    /** fsyncs made by the file stores of this JVM so far (files and directories): what durability costs. */
    public static long fsyncs() {
        return AtomicFiles.fsyncs();
    }

    private static void requireStorable(JobRecord record) {
        JobRecords.requireValid(record);
        if (RESERVED.contains(FileNames.encode(record.provider()))) {
            throw new IllegalArgumentException("A provider cannot be named " + record.provider() + " in a file store");
        }
    }

    private Path write(JobRecord record, boolean durable) {
        Path target = recordPath(record.provider(), record.reference());
        return locked(record.reference(), () -> {
            Optional<Path> storedPath = locate(record.reference());
            JobRecord stored = storedPath.flatMap(this::read).orElse(null);
            JobRecord merged = JobRecords.merge(stored, record);
            // indexes first: an entry without its record is harmless, a record missing from an index is not
            keyIndex.add(merged, durable);
            jobIdIndex.add(merged, durable);
            AtomicFiles.createDirectory(target.getParent());
            AtomicFiles.write(target, RecordJson.write(merged), durable);
            if (storedPath.isPresent() && !storedPath.get().equals(target)) {
                Files.deleteIfExists(storedPath.get());
            }
            return target;
        });
    }

    /** Under the journal's monitor: syncs what was written since the last checkpoint, then empties the journal. */
    private void checkpoint() {
        unchecked(() -> {
            Set<Path> directories = new java.util.HashSet<>();
            for (Path file : unsynced) {
                try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    AtomicFiles.force(channel);
                } catch (NoSuchFileException e) {
                    // replaced or purged since; its successor was synced by whoever wrote it durably, or is here too
                }
                directories.add(file.getParent());
            }
            directories.add(directory.resolve(KEYS));
            directories.add(directory.resolve(JOB_IDS));
            directories.forEach(AtomicFiles::syncDirectory);
            journal.reset();
            unsynced.clear();
            return null;
        });
    }

    /**
     * Journals of processes that died: each record in them is written (durably) unless its file already holds the
     * same or a newer version; then the journal goes.
     */
    private void replayJournals() throws IOException {
        for (Journal.Orphan orphan : Journal.orphans(directory.resolve(JOURNAL))) {
            int replayed = 0;
            for (byte[] line : orphan.lines()) {
                JobRecord logged;
                try {
                    logged = RecordJson.read(line);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Skipping an unreadable journal line in {}: {}", orphan.file(), Journal.describe(line));
                    continue;
                }
                Optional<JobRecord> stored = findByReference(logged.reference());
                if (stored.isEmpty() || stored.get().updatedAt().isBefore(logged.updatedAt())) {
                    write(logged, true);
                    replayed++;
                }
            }
            Files.deleteIfExists(orphan.file());
            if (replayed > 0) {
                LOG.info("Job store {}: {} records restored from the journal {}", directory, replayed, orphan.file());
            }
        }
    }

    /** Syncs what the journal still covers and gives it up: a clean close leaves nothing to replay. */
    @Override
    public void close() {
        synchronized (journal) {
            checkpoint();
            unchecked(() -> {
                journal.close();
                return null;
            });
        }
    }

    @Override
    public Optional<JobRecord> findByReference(String reference) {
        Objects.requireNonNull(reference, "reference");
        // a reference that cannot be a file name (e.g. from a forged callback URL) was never saved
        return FileNames.fits(reference) ? locate(reference).flatMap(this::read) : Optional.empty();
    }

    @Override
    public Optional<JobRecord> findByJobId(String provider, String jobId) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(jobId, "jobId");
        if (!FileNames.fits(provider)) {
            return Optional.empty();
        }
        return unchecked(() -> jobIdIndex.references(jobIdKey(provider, jobId))).stream()
                .flatMap(reference -> read(recordPath(provider, reference)).stream())
                .filter(record -> provider.equals(record.provider()) && jobId.equals(record.jobId()))
                .min(JobRecords.NEWEST_FIRST);
    }

    @Override
    public Optional<JobRecord> findByIdempotencyKey(String idempotencyKey, Instant notBefore) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(notBefore, "notBefore");
        return unchecked(() -> keyIndex.references(idempotencyKey)).stream()
                .flatMap(reference -> findByReference(reference).stream())
                .filter(record -> JobRecords.matchesKey(record, idempotencyKey, notBefore))
                .min(JobRecords.NEWEST_FIRST);
    }

    @Override
    public List<JobRecord> pending(String provider) {
        Objects.requireNonNull(provider, "provider");
        if (!FileNames.fits(provider)) {
            return List.of();
        }
        return unchecked(() -> recordFiles(directory.resolve(FileNames.encode(provider)))).stream()
                .flatMap(file -> read(file).stream())
                .filter(record -> !record.emitted())
                .sorted(JobRecords.OLDEST_FIRST)
                .toList();
    }

    @Override
    public boolean markEmitted(String reference) {
        Objects.requireNonNull(reference, "reference");
        if (!FileNames.fits(reference)) {
            return false;
        }
        return locked(reference, () -> {
            Optional<Path> path = locate(reference);
            Optional<JobRecord> stored = path.flatMap(this::read);
            if (stored.isEmpty() || stored.get().emitted()) {
                return false;
            }
            AtomicFiles.write(path.get(), RecordJson.write(JobRecords.emitted(stored.get())));
            return true;
        });
    }

    @Override
    public boolean claim(String reference, String owner, Duration lease) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(owner, "owner");
        JobRecords.requirePositive(lease);
        if (!FileNames.fits(reference)) {
            return false;
        }
        return locked(reference, () -> {
            Optional<Path> path = locate(reference);
            Optional<JobRecord> stored = path.flatMap(this::read);
            Instant now = clock.instant();
            if (stored.isEmpty() || !JobRecords.claimable(stored.get(), owner, now)) {
                return false;
            }
            // not synced: a lease lost to a power cut only lets another instance poll the job sooner
            AtomicFiles.write(path.get(), RecordJson.write(JobRecords.leased(stored.get(), owner, now.plus(lease))), false);
            return true;
        });
    }

    @Override
    public int purge(Instant before) {
        Objects.requireNonNull(before, "before");
        int purged = 0;
        for (Path providerDirectory : unchecked(this::providerDirectories)) {
            for (Path file : unchecked(() -> recordFiles(providerDirectory))) {
                Optional<JobRecord> record = read(file);
                if (record.isPresent() && record.get().createdAt().isBefore(before)
                        && locked(record.get().reference(), () -> deleteIfCreatedBefore(file, before))) {
                    purged++;
                }
            }
            unchecked(() -> deleteTemporaryFiles(providerDirectory, before));
        }
        sweep(keyIndex);
        sweep(jobIdIndex);
        return purged;
    }

    /** Under the record's lock: checks again, since another process may have replaced or purged it meanwhile. */
    private boolean deleteIfCreatedBefore(Path file, Instant before) throws IOException {
        Optional<JobRecord> record = read(file);
        if (record.isEmpty() || !record.get().createdAt().isBefore(before)) {
            return false;
        }
        Files.delete(file);
        keyIndex.remove(record.get());
        jobIdIndex.remove(record.get());
        return true;
    }

    /** Leftovers of processes killed while writing; the records they were replacing are intact. */
    private static Void deleteTemporaryFiles(Path providerDirectory, Instant before) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(providerDirectory, AtomicFiles::isTemporary)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return null;
    }

    /** Removes index entries whose record is gone or now has another value (e.g. a job id learned later). */
    private void sweep(ReferenceIndex index) {
        for (ReferenceIndex.Entry entry : unchecked(index::entries)) {
            locked(entry.reference(), () -> {
                if (!index.isCurrent(entry, findByReference(entry.reference()).orElse(null))) {
                    index.removeStale(entry);
                }
                return null;
            });
        }
    }

    private Optional<Path> locate(String reference) {
        String fileName = FileNames.encode(reference) + RECORD_SUFFIX;
        for (Path providerDirectory : unchecked(this::providerDirectories)) {
            Path file = providerDirectory.resolve(fileName);
            if (Files.exists(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private Optional<JobRecord> read(Path file) {
        try {
            return Optional.of(RecordJson.read(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new JobStoreException("Cannot read the job record " + file, e);
        }
    }

    private Path recordPath(String provider, String reference) {
        return directory.resolve(FileNames.encode(provider)).resolve(FileNames.encode(reference) + RECORD_SUFFIX);
    }

    private List<Path> providerDirectories() throws IOException {
        List<Path> providerDirectories = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                entry -> Files.isDirectory(entry) && !RESERVED.contains(entry.getFileName().toString()))) {
            entries.forEach(providerDirectories::add);
        }
        return providerDirectories;
    }

    private static List<Path> recordFiles(Path providerDirectory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(providerDirectory, "*" + RECORD_SUFFIX)) {
            entries.forEach(files::add);
        } catch (NoSuchFileException e) {
            // no record of this provider yet
        }
        return files;
    }

    private static String jobIdKey(JobRecord record) {
        return record.jobId() == null ? null : jobIdKey(record.provider(), record.jobId());
    }

    /** Job ids are unique per provider only. */
    private static String jobIdKey(String provider, String jobId) {
        return provider + "\n" + jobId;
    }

    private <T> T locked(String reference, RecordLocks.Action<T> action) {
        return unchecked(() -> locks.withLock(reference, action));
    }

    private <T> T unchecked(RecordLocks.Action<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw new JobStoreException("Job store " + directory + ": " + e.getMessage(), e);
        } catch (DirectoryIteratorException e) {
            throw new JobStoreException("Job store " + directory + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public String describe() {
        return "file store in " + directory;
    }
}
