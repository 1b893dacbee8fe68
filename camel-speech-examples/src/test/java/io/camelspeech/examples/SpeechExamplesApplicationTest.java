package io.camelspeech.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Boots the application as the README's run command does (embedded sandbox) and checks both folder routes. */
class SpeechExamplesApplicationTest {

    @TempDir
    Path work;

    @Test
    void samplesBecomeSpeechAndSpeechBecomesText() throws Exception {
        try (SpeechExamplesApplication application = SpeechExamplesApplication.create(work)) {
            application.start();

            Path welcome = work.resolve("outbox/tts/welcome.wav");
            awaitFile(welcome);
            awaitFile(work.resolve("outbox/tts/pangram.wav"));
            assertThat(new String(Files.readAllBytes(welcome), 0, 4)).isEqualTo("RIFF");

            // the YAML route: the speech just made goes back in and comes out as its text
            Path staging = work.resolve("pangram.staging");
            Files.copy(work.resolve("outbox/tts/pangram.wav"), staging);
            Files.createDirectories(work.resolve("inbox/stt"));
            Files.move(staging, work.resolve("inbox/stt/pangram.wav"), StandardCopyOption.ATOMIC_MOVE);
            Path transcript = work.resolve("outbox/stt/pangram.txt");
            awaitFile(transcript);
            assertThat(Files.readString(transcript)).contains("The quick brown fox jumps over the lazy dog.");
        }
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(file).exists();
    }
}
