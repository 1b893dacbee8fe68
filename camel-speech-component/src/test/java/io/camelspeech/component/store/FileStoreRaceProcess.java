package io.camelspeech.component.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One contender of {@link FileJobStoreTest}'s cross-process race, run in its own JVM: opens the store, says
 * "ready", waits for the start file, then tries markEmitted and claim once and prints what it got.
 */
public final class FileStoreRaceProcess {

    private FileStoreRaceProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        String reference = args[1];
        String owner = args[2];
        Path startFile = Path.of(args[3]);
        FileJobStore store = new FileJobStore(directory);
        System.out.println("ready");
        System.out.flush();
        while (!Files.exists(startFile)) {
            Thread.onSpinWait();
        }
        boolean emitted = store.markEmitted(reference);
        boolean claimed = store.claim(reference, owner, Duration.ofMinutes(1));
        System.out.println("emitted=" + emitted + " claimed=" + claimed);
    }
}
