package io.camelspeech.benchmarks;

/** One line of the results table: who ran, the headline figure, and the figures beside it. */
record Row(String benchmark, String contender, String result, String details) {
}
