package io.camelspeech.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/** What one JVM used: live and peak threads, peak heap (sum of the heap pools' peaks) and peak resident memory. */
final class Measure {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    private static final long MB = 1024 * 1024;
    private static volatile long cpuAtReset;

    private Measure() {
    }

    /** Starts a measurement: collects garbage first so that what came before does not count as this run's peak. */
    static void reset() {
        System.gc();
        cpuAtReset = processCpuNanos();
        THREADS.resetPeakThreadCount();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            // "5" resets the kernel's VmHWM of this process (Linux 4.0+); where refused, the peak covers JVM start
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | SecurityException ignored) {
            // keeping the process-lifetime peak is the conservative fallback
        }
    }

    static int liveThreads() {
        return THREADS.getThreadCount();
    }

    static int peakThreads() {
        return THREADS.getPeakThreadCount();
    }

    /** Sum of each heap pool's peak since {@link #reset()}: an upper bound, the pools need not peak together. */
    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    /** CPU time this process used since {@link #reset()}, all its threads (JIT and GC included), or -1. */
    static double cpuSecondsSinceReset() {
        long now = processCpuNanos();
        return now < 0 ? -1 : (now - cpuAtReset) / 1e9;
    }

    /** CPU time another process (the sandbox) has used so far, or -1 where the OS does not tell. */
    static double cpuSecondsOf(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                .map(cpu -> cpu.toNanos() / 1e9).orElse(-1.0);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The process's peak resident set (VmHWM), or -1 where /proc is not available. */
    static long peakRssBytes() {
        long kb = procStatusKb("VmHWM:");
        return kb < 0 ? -1 : kb * 1024;
    }

    static double megabytes(long bytes) {
        return bytes < 0 ? -1 : (double) bytes / MB;
    }

    private static long procStatusKb(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
