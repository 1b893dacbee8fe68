package io.camelspeech.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the benchmarks (all, or those named: throughput, jobs, memory, callbacks, cpu, plan, polls), prints each one's line as it
 * finishes, then the table and the targets, and writes docs/benchmarks.md. {@code --quick} runs about a tenth of
 * the work; {@code --no-write} leaves docs/benchmarks.md alone.
 */
public final class Benchmarks {

    private static final Path REPORT = Path.of("docs", "benchmarks.md");
    private static final String MODULE = "camel-speech-benchmarks";

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<Benchmark> all = all();
        boolean quick = false;
        boolean write = true;
        Set<String> named = new LinkedHashSet<>();
        for (String arg : args) {
            switch (arg) {
                case "--quick" -> quick = true;
                case "--no-write" -> write = false;
                default -> named.add(arg);
            }
        }
        List<Benchmark> selected = all.stream().filter(b -> named.isEmpty() || named.contains(b.name())).toList();
        named.removeAll(all.stream().map(Benchmark::name).toList());
        if (!named.isEmpty()) {
            // no System.exit: under mvn exec:java that would end Maven itself
            System.out.println("unknown benchmark(s) " + named + "; usage: [--quick] [--no-write] "
                               + String.join(" ", names(all).stream().map(n -> "[" + n + "]").toList()));
            return;
        }
        run(selected, names(all), new Scale(quick), write);
    }

    /** Every benchmark, in the order a full run takes them. */
    static List<Benchmark> all() {
        return List.of(new ThroughputBenchmark(), new JobsInFlightBenchmark(), new LargeUploadBenchmark(),
                new CallbackLatencyBenchmark(), new CpuPerRequestBenchmark(), new PlanUtilisationBenchmark(),
                new PollsPerJobBenchmark());
    }

    private static List<String> names(List<Benchmark> benchmarks) {
        return benchmarks.stream().map(Benchmark::name).toList();
    }

    private static void run(List<Benchmark> selected, List<String> allNames, Scale scale, boolean write)
            throws Exception {
        Machine machine = Machine.current();
        ZonedDateTime started = ZonedDateTime.now();
        double loadBefore = Machine.loadAverage();
        long start = System.nanoTime();
        System.out.printf("camel-speech benchmarks (%s): %d cores, %s, %s; load average %.2f%n",
                scale.quick() ? "quick" : "full", machine.cores(), machine.memory(), machine.java(), loadBefore);
        List<BenchmarkResult> results = new ArrayList<>();
        Table table = new Table();
        for (Benchmark benchmark : selected) {
            System.out.println("== " + benchmark.name());
            BenchmarkResult measured = runOne(benchmark, scale);
            BenchmarkResult result = scale.quick() ? measured.unjudged() : measured;
            System.out.println(result.summary());
            results.add(result);
            table.addAll(result.rows());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println();
        System.out.print(table.text());
        System.out.println();
        results.stream().flatMap(r -> r.targets().stream()).forEach(target -> System.out.printf(
                "target %-10s %-60s %-8s %s%n", target.benchmark(), target.goal(), target.verdict(), target.measured()));
        if (write) {
            Path file = repositoryRoot().resolve(REPORT);
            new Report(machine, scale, started, took, loadBefore, Machine.loadAverage(), allNames)
                    .write(file, selected, results, table);
            System.out.println("written " + file.toAbsolutePath().normalize());
        }
    }

    /** A benchmark that throws becomes a failed row; the others still run. */
    private static BenchmarkResult runOne(Benchmark benchmark, Scale scale) {
        try {
            return benchmark.run(scale);
        } catch (Exception | Error e) {
            return BenchmarkResult.failed(benchmark.name(), String.valueOf(e), benchmark.goals());
        }
    }

    /** mvn exec:java runs from the repository root; a run from inside the module finds its parent. */
    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(MODULE)) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return here;
    }
}
