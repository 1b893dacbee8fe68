package io.camelspeech.benchmarks;

import java.util.List;

/** One side-by-side measurement; each runs its contenders in JVMs of their own. */
interface Benchmark {

    /** The name used on the command line: throughput, jobs, memory, callbacks. */
    String name();

    /** How it is measured, in a sentence or two, for docs/benchmarks.md. */
    String method(Scale scale);

    /** The goals it checks, as worded in the report (also listed when the benchmark fails). */
    List<String> goals();

    BenchmarkResult run(Scale scale) throws Exception;
}
