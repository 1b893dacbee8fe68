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

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content}: written and synced to a temporary file in the same directory, then
     * renamed over the target in one step, so readers and restarts see the old or the new content, never a part.
     */
    static void write(Path target, byte[] content) throws IOException {
        Path directory = target.getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary, e);
            throw e;
        }
        syncDirectory(directory);
    }

    /** Creates the directory (and parents); a new one is synced into its parent so it survives a power cut. */
    static void createDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            syncDirectory(directory.getParent());
        }
    }

    /** Makes a rename or a new entry in {@code directory} durable. */
    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
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
