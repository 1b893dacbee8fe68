package io.camelspeech.component.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion per reference between threads and processes. A reference maps to one of 256 lock files (a fixed
 * set: never deleted, so no process can lock a file another has just unlinked); the OS lock on it excludes other
 * processes and is released if the process dies. Inside one JVM a {@link ReentrantLock} per lock file comes first,
 * because the JVM refuses a second lock on a file it already locks and closing any channel may drop its locks.
 */
final class RecordLocks {

    private static final int STRIPES = 256;
    /** Shared by every store in this JVM, keyed by the lock file's real path, so two stores on one folder agree. */
    private static final ConcurrentMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path directory;

    RecordLocks(Path directory) throws IOException {
        AtomicFiles.createDirectory(directory);
        this.directory = directory.toRealPath();
    }

    interface Action<T> {
        T run() throws IOException;
    }

    <T> T withLock(String reference, Action<T> action) throws IOException {
        // String.hashCode is specified, so every JVM maps a reference to the same lock file
        int stripe = Math.floorMod(reference.hashCode(), STRIPES);
        Path lockFile = directory.resolve(String.format(Locale.ROOT, "%02x.lock", stripe));
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, file -> new ReentrantLock());
        if (jvmLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("Record locks do not nest: " + lockFile);
        }
        jvmLock.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.lock(); // released when the channel closes
            return action.run();
        } finally {
            jvmLock.unlock();
        }
    }
}
