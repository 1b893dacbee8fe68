package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sandbox in a JVM of its own ({@code SandboxMain}), so that its threads and heap are not counted as the
 * client's. Stopped on {@link #close()}.
 */
final class SandboxProcess implements AutoCloseable {

    private static final String MAIN = "io.camelspeech.sandbox.SandboxMain";
    private static final String LISTENING = "listening on ";
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final String baseUrl;

    private SandboxProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts {@code SandboxMain --port 0} plus {@code flags} and waits until it listens. */
    static SandboxProcess start(String... flags) {
        List<String> args = new ArrayList<>(List.of("--port", "0"));
        args.addAll(List.of(flags));
        Process process = ChildJvm.start(MAIN, List.of(), args);
        CompletableFuture<String> listening = new CompletableFuture<>();
        ChildJvm.drain(process, "sandbox", line -> {
            int at = line.indexOf(LISTENING);
            if (at >= 0) {
                listening.complete(line.substring(at + LISTENING.length()).trim());
            }
        });
        process.onExit().thenRun(() -> listening.completeExceptionally(
                new IllegalStateException("the sandbox exited with code " + process.exitValue())));
        try {
            return new SandboxProcess(process, listening.get(STARTUP.toSeconds(), TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ChildJvm.kill(process);
            throw new IllegalStateException("interrupted while starting the sandbox", e);
        } catch (ExecutionException | TimeoutException e) {
            ChildJvm.kill(process);
            throw new IllegalStateException("the sandbox did not start: " + e.getMessage(), e);
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    String baseUrl() {
        return baseUrl;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        ChildJvm.kill(process);
        ChildJvm.waitFor(process, Duration.ofSeconds(10));
    }
}
