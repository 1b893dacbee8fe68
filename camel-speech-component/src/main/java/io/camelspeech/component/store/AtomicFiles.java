package io.camelspeech.component.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes that a killed process or a power cut cannot leave half done. */
final class AtomicFiles {

    static final String TEMPORARY_SUFFIX = ".tmp";
    /** fsyncs (files and directories) made by this JVM's file stores: what write-ahead costs, measured. */
    private static final java.util.concurrent.atomic.LongAdder FSYNCS = new java.util.concurrent.atomic.LongAdder();

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content}: written and synced to a temporary file in the same directory, then
     * renamed over the target in one step, so readers and restarts see the old or the new content, never a part.
     */
    static void write(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    /**
     * As above; with {@code durable} false nothing is synced: the rename is still atomic for a killed process (the
     * page cache outlives it), and a power cut is covered by the {@link Journal} the content was first written to.
     */
    static void write(Path target, byte[] content, boolean durable) throws IOException {
        Path directory = target.getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (durable) {
                    force(channel);
                }
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary, e);
            throw e;
        }
        if (durable) {
            syncDirectory(directory);
        }
    }

    static void force(FileChannel channel) throws IOException {
        channel.force(true);
        FSYNCS.increment();
    }

    /** fsyncs made so far by this JVM's file stores. */
    static long fsyncs() {
        return FSYNCS.sum();
    }

    /** Creates the directory (and parents); a new one is synced into its parent so it survives a power cut. */
    static void createDirectory(Path directory) throws IOException {
        createDirectory(directory, true);
    }

    /** {@code durable} false: the new entry is not synced into its parent (see {@link #write(Path, byte[], boolean)}). */
    static void createDirectory(Path directory, boolean durable) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            if (durable) {
                syncDirectory(directory.getParent());
            }
        }
    }

    /** Makes a rename or a new entry in {@code directory} durable. */
    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            force(channel);
        } catch (IOException e) {
            // some platforms (Windows) cannot open a directory; there the rename is as durable as the OS makes it
        }
    }

    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX);
    }

    private static void deleteQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
