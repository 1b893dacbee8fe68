package io.camelspeech.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Starts JVMs with this JVM's classpath, so that each measurement gets a process of its own. */
final class ChildJvm {

    private static final int KEPT_LINES = 20;
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        // an interrupted run (Ctrl-C) must not leave sandboxes or clients behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ChildJvm::kill), "benchmark-children"));
    }

    private ChildJvm() {
    }

    /**
     * The classpath for children: under {@code mvn exec:java} the project's jars are in a URLClassLoader (the
     * java.class.path is Maven's own launcher), under plain {@code java -cp} they are the java.class.path.
     */
    static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = ChildJvm.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(toPath(url));
                }
            }
        }
        entries.addAll(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        entries.remove("");
        return String.join(File.pathSeparator, entries);
    }

    private static String toPath(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.getPath();
        }
    }

    /** Starts {@code main} in a new JVM; its standard error is merged into its standard output. */
    static Process start(Class<?> main, List<String> jvmArgs, List<String> args) {
        return start(main.getName(), jvmArgs, args);
    }

    static Process start(String mainClass, List<String> jvmArgs, List<String> args) {
        return start(mainClass, List.of(), jvmArgs, args);
    }

    /**
     * Starts {@code mainClass} in a new JVM whose command begins with {@code prefix} (e.g. {@code taskset -c 0},
     * see {@link Pinning}); an empty prefix starts the JVM directly.
     */
    static Process start(String mainClass, List<String> prefix, List<String> jvmArgs, List<String> args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classpath());
        command.add(mainClass);
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            LIVE.add(process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mainClass, e);
        }
    }

    /**
     * Runs {@code main} in a new JVM to its end (or stops it after {@code timeout}), relaying its progress lines
     * and collecting its results.
     */
    static ChildOutput run(Class<?> main, List<String> jvmArgs, List<String> args, Duration timeout) {
        return run(main, List.of(), jvmArgs, args, timeout);
    }

    /** As {@link #run(Class, List, List, Duration)}, the command starting with {@code prefix} (see {@link Pinning}). */
    static ChildOutput run(Class<?> main, List<String> prefix, List<String> jvmArgs, List<String> args,
            Duration timeout) {
        Process process = start(main.getName(), prefix, jvmArgs, args);
        Map<String, String> results = new ConcurrentHashMap<>();
        Deque<String> lastLines = new ArrayDeque<>();
        Thread reader = drain(process, main.getSimpleName(), line -> {
            if (!ChildOutput.parse(line, results)) {
                System.out.println("    " + line);
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > KEPT_LINES) {
                        lastLines.removeFirst();
                    }
                }
            }
        });
        boolean finished = waitFor(process, timeout);
        if (!finished) {
            kill(process);
            waitFor(process, Duration.ofSeconds(10));
        }
        join(reader);
        LIVE.remove(process);
        synchronized (lastLines) {
            return new ChildOutput(new LinkedHashMap<>(results), finished ? process.exitValue() : -1, !finished,
                    new ArrayList<>(lastLines));
        }
    }

    /** Reads a child's output on a daemon thread until it closes. */
    static Thread drain(Process process, String name, Consumer<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the child was stopped: nothing more to read
            }
        }, "output-of-" + name);
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    /** Stops a child and whatever it started; forcibly, as a hung child ignores polite requests. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        LIVE.remove(process);
    }

    static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
