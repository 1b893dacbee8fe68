package io.camelspeech.benchmarks;

import java.util.List;

/** What one benchmark produced: a one-line summary, its rows of the table and its targets. */
record BenchmarkResult(String name, String summary, List<Row> rows, List<Target> targets) {

    BenchmarkResult {
        rows = List.copyOf(rows);
        targets = List.copyOf(targets);
    }

    /** The same result with its targets left unjudged (a quick run). */
    BenchmarkResult unjudged() {
        return new BenchmarkResult(name, summary, rows, targets.stream().map(Target::unjudged).toList());
    }

    /** A benchmark that could not finish: its targets count as not met. */
    static BenchmarkResult failed(String name, String reason, List<String> goals) {
        List<Target> unmet = goals.stream().map(goal -> new Target(name, goal, false, "not measured: " + reason)).toList();
        return new BenchmarkResult(name, name + ": FAILED, " + reason,
                List.of(new Row(name, "(did not finish)", "failed", reason)), unmet);
    }
}
