package io.camelspeech.component.reliability;

import io.camelspeech.sandbox.testing.TestAudio;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM running a file-drop route is killed with 500 jobs in flight; a new JVM on the same folders and job store
 * finishes all of them, each result written once, without a second provider job for any input.
 */
class CrashRecoveryIT {

    private static final int FILES = 500;

    @TempDir
    Path work;

    @Test
    void aKilledJvmsJobsAreFinishedByTheNextOneExactlyOnce() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start(SandboxConfig.builder().jobDuration(Duration.ofSeconds(6))
                .threads(64).build())) {
            Path inbox = Files.createDirectories(work.resolve("inbox"));
            for (int i = 0; i < FILES; i++) {
                Path staging = Files.write(work.resolve(".staging"), TestAudio.distinctWav(i));
                Files.move(staging, inbox.resolve(String.format("take-%03d.wav", i)));
            }

            Process first = startApp(sandbox);
            awaitCondition(() -> sandbox.jobs().created("aimlapi") >= FILES, Duration.ofSeconds(60));
            // The kill comes once every accepted job is recorded, none finished; kills at every other step are
            // NeverBilledTwiceIT's.
            awaitCondition(() -> recorded() >= FILES, Duration.ofSeconds(60));
            first.destroyForcibly().waitFor();
            int createdBeforeCrash = sandbox.jobs().created("aimlapi");
            assertThat(outbox()).as("killed before any job finished").isEmpty();

            Process second = startApp(sandbox);
            try {
                awaitCondition(() -> outbox().size() >= FILES, Duration.ofSeconds(90));
                Thread.sleep(1000); // room for a second write to show up in error/
            } finally {
                second.destroyForcibly().waitFor();
            }
            System.out.printf("crash: %d jobs in flight when the JVM was killed; the next JVM wrote %d results, "
                              + "provider jobs %d%n", createdBeforeCrash, outbox().size(), sandbox.jobs().created("aimlapi"));
            assertThat(outbox()).hasSize(FILES);
            assertThat(sandbox.jobs().created("aimlapi")).as("no input paid for twice").isEqualTo(FILES);
            List<Path> failed = new ArrayList<>();
            if (Files.isDirectory(work.resolve("error"))) {
                try (Stream<Path> errors = Files.walk(work.resolve("error"))) {
                    errors.filter(Files::isRegularFile).forEach(failed::add);
                }
            }
            if (!failed.isEmpty()) {
                try (Stream<Path> logs = Files.list(work).filter(p -> p.getFileName().toString().startsWith("app-"))) {
                    for (Path log : logs.toList()) {
                        System.out.println(Files.readAllLines(log).stream().filter(l -> l.contains("Exception"))
                                .limit(5).toList());
                    }
                }
            }
            assertThat(failed).as("no result written twice, nothing failed").isEmpty();
        }
    }

    private long recorded() {
        Path records = work.resolve("jobs/aimlapi");
        if (!Files.isDirectory(records)) {
            return 0;
        }
        // a record exists from before its create request (write-ahead); accepted ones have the provider's job id
        try (Stream<Path> files = Files.list(records)) {
            return files.filter(p -> p.toString().endsWith(".json")).filter(CrashRecoveryIT::hasJobId).count();
        } catch (Exception e) {
            return 0;
        }
    }

    private static boolean hasJobId(Path record) {
        try {
            return Files.readString(record).matches("(?s).*\"job_id\"\\s*:\\s*\".*");
        } catch (Exception e) {
            return false;
        }
    }

    private List<Path> outbox() {
        Path outbox = work.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(p -> p.toString().endsWith(".txt")).toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private Process startApp(SpeechSandbox sandbox) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", ChildJvm.classPath(), CrashDropApp.class.getName(), sandbox.providerBaseUrl("aimlapi"), work.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("app-" + System.nanoTime() + ".log").toFile())
                .start();
        return process;
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("condition within " + timeout).isTrue();
    }
}
