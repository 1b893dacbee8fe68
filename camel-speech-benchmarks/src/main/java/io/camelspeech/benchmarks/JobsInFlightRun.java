package io.camelspeech.benchmarks;

import java.time.Duration;

/**
 * Child JVM of the jobs benchmark, the client side only (the sandbox runs in a JVM of its own). Arguments:
 * {@code component|blocking}, warm-up jobs, measured jobs, AI/ML API base URL, the sandbox's process id, poll
 * interval in ms, time limit in s, and for the component its maxConcurrentRequests and {@code bounded|unbounded}
 * (the Camel scheduler's queue).
 */
public final class JobsInFlightRun {

    private JobsInFlightRun() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int warmup = Integer.parseInt(args[1]);
        int jobs = Integer.parseInt(args[2]);
        String aimlapiBaseUrl = args[3];
        long sandboxPid = Long.parseLong(args[4]);
        Duration pollInterval = Duration.ofMillis(Long.parseLong(args[5]));
        Duration limit = Duration.ofSeconds(Long.parseLong(args[6]));
        switch (mode) {
            case "component" -> new ComponentJobs(aimlapiBaseUrl, sandboxPid, pollInterval, Integer.parseInt(args[7]),
                    "unbounded".equals(args[8])).run(warmup, jobs, limit);
            case "blocking" -> new BlockingJobs(aimlapiBaseUrl, sandboxPid, pollInterval).run(warmup, jobs, limit);
            default -> throw new IllegalArgumentException("mode must be component or blocking, was " + mode);
        }
    }
}
