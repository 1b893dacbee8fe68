package io.camelspeech.benchmarks;

import java.util.List;

/** JVM options the benchmarks start children with, and how the report names them. */
final class JvmFlags {

    /**
     * With 2 cores or fewer the common pool has parallelism 1, and then CompletableFuture's default executor starts
     * a thread per task; java.net.http's sendAsync completes every response there. This flag lifts it.
     */
    static final String COMMON_POOL_OF_TWO = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2";

    static final List<String> DEFAULTS = List.of();
    static final List<String> POOL_OF_TWO = List.of(COMMON_POOL_OF_TWO);

    private JvmFlags() {
    }

    /** How a row names the JVM it ran in. */
    static String label(List<String> flags) {
        return flags.contains(COMMON_POOL_OF_TWO) ? "common pool parallelism 2" : "JVM defaults";
    }
}
