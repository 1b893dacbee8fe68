package io.camelspeech.component.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The file store's write-ahead log: records saved together are appended here as JSON lines and made durable with
 * one fsync, then written to their own files without syncing. Each process has its own journal, locked while it
 * lives; a journal nobody locks belongs to a process that died, and is replayed into the record files when a store
 * opens. A checkpoint (the record files synced) empties it.
 */
final class Journal implements AutoCloseable {

    private static final String SUFFIX = ".journal";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private Journal(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static Journal open(Path directory) throws IOException {
        AtomicFiles.createDirectory(directory);
        Path file = directory.resolve(UUID.randomUUID() + SUFFIX);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        AtomicFiles.syncDirectory(directory);
        return new Journal(file, channel, channel.lock());
    }

    /** Appends one line per record and syncs once. */
    void append(List<byte[]> lines) throws IOException {
        int length = lines.stream().mapToInt(line -> line.length + 1).sum();
        ByteBuffer buffer = ByteBuffer.allocate(length);
        for (byte[] line : lines) {
            buffer.put(line).put((byte) '\n');
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        AtomicFiles.force(channel);
    }

    long size() throws IOException {
        return channel.size();
    }

    /** Called once the records it holds are synced in their own files. */
    void reset() throws IOException {
        channel.truncate(0);
        AtomicFiles.force(channel);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
        Files.deleteIfExists(file);
    }

    /** A dead process's journal: its records, in the order written, and the file to delete once they are replayed. */
    record Orphan(Path file, List<byte[]> lines) {
    }

    /** Journals that no living process holds (locked by nobody, or by a process that died). */
    static List<Orphan> orphans(Path directory) throws IOException {
        List<Orphan> orphans = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return orphans;
        }
        try (DirectoryStream<Path> journals = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path journal : journals) {
                try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
                    FileLock lock;
                    try {
                        lock = channel.tryLock();
                    } catch (OverlappingFileLockException e) {
                        continue; // a store of this JVM holds it
                    }
                    if (lock == null) {
                        continue; // another living process holds it
                    }
                    try {
                        orphans.add(new Orphan(journal, lines(Files.readAllBytes(journal))));
                    } finally {
                        lock.release();
                    }
                }
            }
        }
        return orphans;
    }

    /** Complete lines only: a line cut by a crash was never acknowledged as durable. */
    private static List<byte[]> lines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                if (i > start) {
                    lines.add(java.util.Arrays.copyOfRange(content, start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    static String describe(byte[] line) {
        return new String(line, 0, Math.min(line.length, 200), StandardCharsets.UTF_8);
    }
}
