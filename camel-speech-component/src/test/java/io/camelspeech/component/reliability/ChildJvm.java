package io.camelspeech.component.reliability;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Starting an application class in a JVM of its own, on this JVM's class path, and reading what it printed. */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * Starts {@code mainClass} with {@code args} in a new JVM (small heap, serial GC, C1 only: several of them start
     * one after the other on a 2-core machine), its output and errors going to {@code log}.
     */
    static Process start(Path log, Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                // on machines with 2 cores the JDK otherwise starts a thread per asynchronous task (README)
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2",
                "-cp", classPath(),
                mainClass.getName()));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** This JVM's class path; Surefire may hand it over as a jar whose manifest lists the entries. */
    static String classPath() throws IOException {
        String path = System.getProperty("java.class.path");
        String[] entries = path.split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            try (JarFile jar = new JarFile(entries[0])) {
                Manifest manifest = jar.getManifest();
                String listed = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                if (listed != null) {
                    List<String> files = new ArrayList<>();
                    for (String url : listed.trim().split("\\s+")) {
                        files.add(Path.of(URI.create(url)).toString());
                    }
                    return String.join(File.pathSeparator, files);
                }
            }
        }
        return path;
    }

    /** The last {@code lines} lines of a log (none when it does not exist); bytes that are not UTF-8 are replaced. */
    static List<String> tail(Path log, int lines) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e + ")");
        }
    }

    /** Kills the process as kill -9 does and waits until it is gone. */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + process.pid() + " is still alive 30 s after kill -9");
        }
    }
}
