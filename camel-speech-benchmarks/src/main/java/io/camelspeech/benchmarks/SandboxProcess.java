package io.camelspeech.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sandbox in a JVM of its own, so that its threads and heap are not counted as the client's. Either
 * {@code SandboxMain} ({@link #start}) or {@link SandboxHost} ({@link #hosted}), the same sandbox plus answers about
 * its wire log ({@link #wire}, {@link #clearWire}) and answer delays. Stopped on {@link #close()}.
 */
final class SandboxProcess implements AutoCloseable {

    private static final String MAIN = "io.camelspeech.sandbox.SandboxMain";
    private static final String LISTENING = "listening on ";
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration QUERY_LIMIT = Duration.ofSeconds(60);
    private static final int KEPT_LINES = 10;

    private final Process process;
    private final String baseUrl;
    private final BlockingQueue<String> replies;

    private SandboxProcess(Process process, String baseUrl, BlockingQueue<String> replies) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.replies = replies;
    }

    /** Starts {@code SandboxMain --port 0} plus {@code flags} and waits until it listens. */
    static SandboxProcess start(String... flags) {
        return start(List.of(), flags);
    }

    /** As {@link #start(String...)}, the command starting with {@code prefix} (e.g. {@link Pinning#toCore}). */
    static SandboxProcess start(List<String> prefix, String... flags) {
        return launch(MAIN, prefix, flags);
    }

    /**
     * Starts {@link SandboxHost} (the sandbox's flags plus its own {@code --host-delay PATH=MS}), which also answers
     * {@link #wire} and {@link #clearWire}.
     */
    static SandboxProcess hosted(List<String> prefix, String... flags) {
        return launch(SandboxHost.class.getName(), prefix, flags);
    }

    private static SandboxProcess launch(String main, List<String> prefix, String... flags) {
        List<String> args = new ArrayList<>(List.of("--port", "0"));
        args.addAll(List.of(flags));
        Process process = ChildJvm.start(main, prefix, List.of(), args);
        CompletableFuture<String> listening = new CompletableFuture<>();
        BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        Deque<String> lastLines = new ArrayDeque<>();
        Thread reader = ChildJvm.drain(process, "sandbox", line -> {
            if (SandboxHost.isReply(line)) {
                replies.add(line);
                return;
            }
            synchronized (lastLines) {
                lastLines.addLast(line);
                if (lastLines.size() > KEPT_LINES) {
                    lastLines.removeFirst();
                }
            }
            int at = line.indexOf(LISTENING);
            if (at >= 0) {
                listening.complete(line.substring(at + LISTENING.length()).trim());
            }
        });
        process.onExit().thenRun(() -> {
            joinQuietly(reader); // its last lines say why it exited
            String said;
            synchronized (lastLines) {
                said = lastLines.isEmpty() ? "" : ": " + String.join(" / ", lastLines);
            }
            listening.completeExceptionally(new IllegalStateException(
                    "the sandbox exited with code " + process.exitValue() + said));
        });
        try {
            return new SandboxProcess(process, listening.get(STARTUP.toSeconds(), TimeUnit.SECONDS), replies);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ChildJvm.kill(process);
            throw new IllegalStateException("interrupted while starting the sandbox", e);
        } catch (ExecutionException | TimeoutException e) {
            ChildJvm.kill(process);
            String why = e instanceof ExecutionException ? e.getCause().getMessage() : "no answer in " + STARTUP;
            throw new IllegalStateException("the sandbox did not start: " + why, e);
        }
    }

    private static void joinQuietly(Thread reader) {
        try {
            reader.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    String baseUrl() {
        return baseUrl;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the sandbox process has used so far, in seconds, or -1 where the OS does not tell. */
    double cpuSeconds() {
        return Measure.cpuSecondsOf(process.pid());
    }

    /**
     * The requests in the hosted sandbox's wire log (its last 10,000) whose path contains {@code pathContains}, in
     * arrival order. Only for a sandbox started with {@link #hosted}.
     */
    synchronized List<WireEntry> wire(String pathContains) {
        send(SandboxHost.WIRE_COMMAND + " " + pathContains);
        List<WireEntry> entries = new ArrayList<>();
        for (String line = reply(); !line.startsWith(SandboxHost.WIRE_END); line = reply()) {
            entries.add(WireEntry.parse(line));
        }
        return entries;
    }

    /** Empties the hosted sandbox's wire log. */
    synchronized void clearWire() {
        send(SandboxHost.CLEAR);
        String line = reply();
        if (!line.startsWith(SandboxHost.CLEARED)) {
            throw new IllegalStateException("unexpected answer of the sandbox host: " + line);
        }
    }

    private void send(String command) {
        replies.clear();
        try {
            OutputStream in = process.getOutputStream();
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox host does not listen to commands", e);
        }
    }

    private String reply() {
        try {
            String line = replies.poll(QUERY_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("the sandbox host did not answer within " + QUERY_LIMIT.toSeconds()
                                                + " s (is it SandboxHost, started with hosted()?)");
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the sandbox host", e);
        }
    }

    @Override
    public void close() {
        ChildJvm.kill(process);
        ChildJvm.waitFor(process, Duration.ofSeconds(10));
    }
}
