package io.camelspeech.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** docs/benchmarks.md: the machine, the command, the table, the targets and how each figure was measured. */
final class Report {

    static final String COMMAND = "mvn -B -q -DskipTests package exec:java -pl camel-speech-benchmarks -am";

    private final Machine machine;
    private final Scale scale;
    private final ZonedDateTime started;
    private final Duration took;
    private final double loadBefore;
    private final double loadAfter;
    private final List<String> allNames;

    Report(Machine machine, Scale scale, ZonedDateTime started, Duration took, double loadBefore, double loadAfter,
            List<String> allNames) {
        this.machine = machine;
        this.scale = scale;
        this.started = started;
        this.took = took;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
        this.allNames = List.copyOf(allNames);
    }

    /** Sections from this line on are measured by tests (e.g. write-ahead), not by this run: they are kept. */
    static final String KEPT_SECTIONS = "<!-- measured by tests, kept when the benchmarks rewrite this file -->";

    void write(Path file, List<Benchmark> ran, List<BenchmarkResult> results, Table table) throws IOException {
        Files.createDirectories(file.getParent());
        String kept = "";
        if (Files.exists(file)) {
            String previous = Files.readString(file);
            int at = previous.indexOf(KEPT_SECTIONS);
            kept = at < 0 ? "" : "\n" + previous.substring(at);
        }
        Files.writeString(file, markdown(ran, results, table) + kept);
    }

    String markdown(List<Benchmark> ran, List<BenchmarkResult> results, Table table) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `camel-speech-benchmarks` (`io.camelspeech.benchmarks.Benchmarks`); every figure below "
                  + "comes from the run described here. Reproduce from the repository root:\n\n");
        md.append("```bash\n").append(COMMAND).append(args(ran)).append("\n```\n\n");
        md.append("`-Dexec.args=--quick` runs everything at about a tenth of the size (a check that it works, not "
                  + "figures to compare with the targets); `-Dexec.args=\"throughput jobs\"` runs some of the "
                  + "benchmarks (" + String.join(", ", allNames.stream().map(n -> "`" + n + "`").toList())
                  + "); `--no-write` leaves this file alone.\n\n");
        appendMachine(md, ran);
        md.append("## Results\n\n").append(table.markdown()).append('\n');
        appendTargets(md, results);
        md.append("## How each figure was measured\n\n");
        md.append("Every contender runs in a fresh child JVM started with this JVM's classpath (no JIT profile, heap or "
                  + "threads carried over from another contender); the parent JVM only starts them and reads their "
                  + "figures. All traffic goes to 127.0.0.1.\n\n");
        for (Benchmark benchmark : ran) {
            md.append("### ").append(benchmark.name()).append("\n\n").append(benchmark.method(scale)).append("\n\n");
        }
        appendNotes(md);
        return md.toString();
    }

    private void appendMachine(StringBuilder md, List<Benchmark> ran) {
        md.append("## Run\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| date | ").append(started.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" |\n");
        md.append("| cores | ").append(machine.cores()).append(" |\n");
        md.append("| memory | ").append(machine.memory()).append(" |\n");
        md.append("| CPU | ").append(machine.cpu()).append(" |\n");
        md.append("| Java | ").append(machine.java()).append(" |\n");
        md.append("| OS | ").append(machine.os()).append(" |\n");
        md.append("| size | ").append(scale.quick() ? "**quick** (about a tenth; not comparable with the targets)"
                : "full").append(" |\n");
        md.append("| benchmarks | ").append(String.join(", ", ran.stream().map(Benchmark::name).toList())).append(" |\n");
        md.append("| took | ").append(took.toSeconds()).append(" s |\n");
        md.append(String.format(Locale.ROOT, "| load average (1 min) | %.2f before, %.2f after |\n\n", loadBefore,
                loadAfter));
    }

    private static void appendTargets(StringBuilder md, List<BenchmarkResult> results) {
        md.append("## Targets\n\n");
        md.append(Table.markdownLine(List.of("Benchmark", "Target", "Measured", "Met?")));
        md.append(Table.markdownLine(List.of("---", "---", "---", "---")));
        for (BenchmarkResult result : results) {
            for (Target target : result.targets()) {
                md.append(Table.markdownLine(List.of(target.benchmark(), target.goal(), target.measured(),
                        target.markdownVerdict())));
            }
        }
        md.append('\n');
    }

    private static void appendNotes(StringBuilder md) {
        md.append("## Notes\n\n");
        md.append("- Client, sandbox and anything else running share the machine's cores; the load average above "
                  + "shows how busy it was (the benchmarks' own threads count in it too). Figures from a busy machine "
                  + "are lower and noisier.\n");
        md.append("- Every job the component waits for is a poll task queued on its scheduler, a Camel scheduled "
                  + "thread pool. Camel bounds such a pool's queue by the default thread pool profile's "
                  + "`maxQueueSize` (1,000): beyond about 1,000 waiting jobs a poll can be rejected, which ends that "
                  + "job's wait with a `SpeechJobException`. The tuned jobs row sets "
                  + "`getDefaultThreadPoolProfile().setMaxQueueSize(-1)` to show what the jobs themselves cost.\n");
        md.append("- Jobs: when this benchmark was written, a profile of the client with 10,000 jobs showed most of its "
                  + "CPU in `InMemoryJobStore.findByIdempotencyKey`, which scans every record for each submission "
                  + "(quadratic in the number of jobs; it grows as accepted jobs are saved, so the faster the "
                  + "provider answers, the slower the submission loop), the rest in java.net.http and Jackson.\n");
        md.append("- Throughput is bounded by the sandbox: when this benchmark was written, a profile of the run "
                  + "showed about 80 % of the CPU samples in the sandbox's threads, most of them writing the answers' "
                  + "WAV samples (`WavWriter.write`). The contenders share the two cores with it, so the ratios "
                  + "compare how much CPU each client leaves to the provider, more than raw client speed.\n");
    }

    private String args(List<Benchmark> ran) {
        return ran.size() == allNames.size() ? ""
                : " -Dexec.args=\"" + String.join(" ", ran.stream().map(Benchmark::name).toList()) + "\"";
    }
}
