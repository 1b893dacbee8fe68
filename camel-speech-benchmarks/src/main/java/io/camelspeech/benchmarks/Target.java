package io.camelspeech.benchmarks;

/** A goal a benchmark checks, whether it was met (null: not judged), and the figure that decided it. */
record Target(String benchmark, String goal, Boolean met, String measured) {

    /** The same target, left unjudged: a quick run's figures are not at the goal's scale. */
    Target unjudged() {
        return new Target(benchmark, goal, null, measured);
    }

    String verdict() {
        return met == null ? "not judged (quick run)" : met ? "met" : "NOT met";
    }

    /** The verdict as the report's table shows it. */
    String markdownVerdict() {
        return met == null ? "not judged (quick run)" : met ? "yes" : "**no**";
    }
}
