package io.camelspeech.benchmarks;

import java.time.Duration;

/**
 * Child JVM of the jobs benchmark, the client side only (the sandbox runs in a JVM of its own). Arguments:
 * {@code component|blocking}, jobs, AI/ML API base URL, poll interval in ms, time limit in s, and for the component
 * its maxConcurrentRequests.
 */
public final class JobsInFlightRun {

    private JobsInFlightRun() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int jobs = Integer.parseInt(args[1]);
        String aimlapiBaseUrl = args[2];
        Duration pollInterval = Duration.ofMillis(Long.parseLong(args[3]));
        Duration limit = Duration.ofSeconds(Long.parseLong(args[4]));
        switch (mode) {
            case "component" -> new ComponentJobs(aimlapiBaseUrl, pollInterval, Integer.parseInt(args[5])).run(jobs, limit);
            case "blocking" -> new BlockingJobs(aimlapiBaseUrl, pollInterval).run(jobs, limit);
            default -> throw new IllegalArgumentException("mode must be component or blocking, was " + mode);
        }
    }
}
