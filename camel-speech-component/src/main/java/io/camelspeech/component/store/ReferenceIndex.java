package io.camelspeech.component.store;

import io.camelspeech.component.support.Hashes;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds references by one field of their records without reading every record: {@code <root>/<sha256(value)>/<ref>}
 * is an empty marker file, so adding an entry is one atomic create that needs no lock and can be repeated. Entries
 * may be stale (the field changed, the record went); readers check the record, and purge sweeps them away.
 */
final class ReferenceIndex {

    /** One marker: the bucket of a value and a reference filed under it. */
    record Entry(String bucket, String reference, Path marker) {
    }

    private final Path root;
    private final Function<JobRecord, String> field;

    ReferenceIndex(Path root, Function<JobRecord, String> field) throws IOException {
        AtomicFiles.createDirectory(root);
        this.root = root;
        this.field = field;
    }

    void add(JobRecord record) throws IOException {
        add(record, true);
    }

    /** {@code durable} false: the marker is not synced (see {@link AtomicFiles#write(Path, byte[], boolean)}). */
    void add(JobRecord record, boolean durable) throws IOException {
        String value = field.apply(record);
        if (value == null) {
            return;
        }
        Path bucket = root.resolve(Hashes.sha256Hex(value));
        Path marker = bucket.resolve(FileNames.encode(record.reference()));
        // a purge may remove an empty bucket between creating it and creating the marker: try again
        for (int attempt = 1; ; attempt++) {
            try {
                AtomicFiles.createDirectory(bucket, durable);
                Files.createFile(marker);
                if (durable) {
                    AtomicFiles.syncDirectory(bucket);
                }
                return;
            } catch (FileAlreadyExistsException e) {
                return;
            } catch (NoSuchFileException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    void remove(JobRecord record) throws IOException {
        String value = field.apply(record);
        if (value != null) {
            Path bucket = root.resolve(Hashes.sha256Hex(value));
            Files.deleteIfExists(bucket.resolve(FileNames.encode(record.reference())));
            deleteIfEmpty(bucket);
        }
    }

    List<String> references(String value) throws IOException {
        List<String> references = new ArrayList<>();
        for (Entry entry : entries(root.resolve(Hashes.sha256Hex(value)))) {
            references.add(entry.reference());
        }
        return references;
    }

    List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> buckets = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path bucket : buckets) {
                entries.addAll(entries(bucket));
            }
        }
        return entries;
    }

    /** Whether the entry still describes {@code record} (null when the record is gone). */
    boolean isCurrent(Entry entry, JobRecord record) {
        String value = record == null ? null : field.apply(record);
        return value != null && entry.bucket().equals(Hashes.sha256Hex(value));
    }

    void removeStale(Entry entry) throws IOException {
        Files.deleteIfExists(entry.marker());
        deleteIfEmpty(entry.marker().getParent());
    }

    private static List<Entry> entries(Path bucket) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(bucket)) {
            for (Path marker : markers) {
                entries.add(new Entry(bucket.getFileName().toString(),
                        FileNames.decode(marker.getFileName().toString()), marker));
            }
        } catch (NoSuchFileException e) {
            // no record was ever filed under this value, or purge removed the last one
        }
        return entries;
    }

    private static void deleteIfEmpty(Path bucket) throws IOException {
        try {
            Files.deleteIfExists(bucket);
        } catch (DirectoryNotEmptyException e) {
            // other references are still filed under this value
        }
    }
}
