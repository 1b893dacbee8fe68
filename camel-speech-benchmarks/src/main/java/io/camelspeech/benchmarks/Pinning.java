package io.camelspeech.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pins a child process to one core with {@code taskset -c N} where that is possible (Linux with
 * {@code /usr/bin/taskset} and at least two cores), so that a client and the sandbox do not take each other's CPU.
 */
final class Pinning {

    private static final Path TASKSET = Path.of("/usr/bin/taskset");

    private Pinning() {
    }

    /** True when children can be pinned: taskset exists and there is a core for the client and one for the sandbox. */
    static boolean available() {
        return Files.isExecutable(TASKSET) && Runtime.getRuntime().availableProcessors() >= 2;
    }

    /** The command prefix that pins to {@code core}, or nothing where pinning is not available. */
    static List<String> toCore(int core) {
        return available() ? List.of(TASKSET.toString(), "-c", String.valueOf(core)) : List.of();
    }

    /** How the report names it. */
    static String describe(List<String> prefix, int core) {
        return prefix.isEmpty() ? "not pinned (no taskset or fewer than 2 cores)" : "pinned to core " + core;
    }
}
