package io.camelspeech.benchmarks;

/** A goal a benchmark checks, whether it was met, and the figure that decided it. */
record Target(String benchmark, String goal, boolean met, String measured) {

    String verdict() {
        return met ? "met" : "NOT met";
    }
}
