package io.camelspeech.component.reliability;

import io.camelspeech.sandbox.testing.TestAudio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJobException;
import io.camelspeech.sandbox.RecordedRequest;
import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;
import io.camelspeech.sandbox.UploadedFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Never billed twice, whatever the moment of a crash. For each job provider a file-drop JVM ({@link KillDropApp})
 * gets a burst of {@value #INPUTS} distinct inputs and is killed with kill -9 five times, each time a new JVM taking
 * over the same folders and job store:
 * <ol>
 * <li>before the first create (a random 0–300 ms after the app started, or at the first create seen, if sooner);</li>
 * <li>three times in the middle of the creates, at random thresholds of the provider's cumulative creation count
 * (the sandbox's count: a kill lands while creates are in flight and answers are being recorded);</li>
 * <li>once the creates stopped (all done for Tencent and AudioStack) while jobs still run: during polling.</li>
 * </ol>
 * A sixth JVM then runs until every input is accounted for. Then: every input is in the outbox, or in the error
 * folder with its reason (none lost); each result was written once and each completion emitted once; Tencent and
 * AudioStack created exactly one job per input (they can find a job again: ListJobs by customId, status by alias);
 * Replica and AI/ML API created at most one per input (they cannot), and every input of theirs without a result
 * failed with UNKNOWN_SUBMISSION and was reported UNKNOWN by the jobs consumer. The witnesses are the sandbox's
 * creation counts and its wire log.
 *
 * <p>The kill points are random: the seed is printed first; replay a run with {@code -Dspeech.killSeed=<seed>}.
 *
 * <p>Two windows belong to the route, not the component, and are excused when (and only when) a kill fell in them:
 * a result written to the outbox whose input the killed JVM had not yet moved to {@code .done} is written again by
 * the next JVM (seen: the input was still in the inbox and its result in the outbox when the JVM died); a report
 * written shortly before a kill whose emission was not yet marked may be emitted again (seen: the report was written
 * within the last {@value #RECENT_REPORT_MILLIS} ms before the kill). Both are counted and printed.
 */
class NeverBilledTwiceIT {

    private static final int INPUTS = 200;
    private static final Duration JOB_DURATION = Duration.ofSeconds(2);
    /** No new creation for this long (after the app started): a threshold that will not be reached; kill anyway. */
    private static final long STALL_MILLIS = 3000;
    /** Longest wait for one kill point once the app started. */
    private static final long KILL_CAP_MILLIS = 45_000;
    private static final long START_TIMEOUT_MILLIS = 60_000;
    private static final long FINISH_TIMEOUT_MILLIS = 120_000;
    /** After everything is accounted for: room for a second write or a second emission to show up. */
    private static final long QUIET_MILLIS = 3000;
    private static final long RECENT_REPORT_MILLIS = 3000;
    /** The sandbox's wire log keeps this many requests (WireLog.CAPACITY); beyond, per-input counts are incomplete. */
    private static final int WIRE_CAPACITY = 10_000;
    private static final int LOG_TAIL_LINES = 30;

    private static final long SEED = Long.getLong("speech.killSeed", System.nanoTime());
    private static final String UNKNOWN_SUBMISSION = SpeechJobException.Reason.UNKNOWN_SUBMISSION.name();
    private static final String UNKNOWN_STATE = JobState.UNKNOWN.name();

    private static SpeechSandbox sandbox;

    @TempDir
    Path work;

    @BeforeAll
    static void startSandbox() {
        System.out.printf("NeverBilledTwiceIT: kill seed %d (replay with -Dspeech.killSeed=%d)%n", SEED, SEED);
        sandbox = SpeechSandbox.start(SandboxConfig.builder().jobDuration(JOB_DURATION).threads(64).build());
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "tencent", "audiostack", "replica", "aimlapi" })
    void killedFiveTimesNoInputIsLostAndNoneIsPaidForTwice(String provider) throws Exception {
        sandbox.wire().clear();
        new ProviderRun(provider, work).execute();
    }

    /** One provider's run: inputs, five kills, the last JVM, the checks. */
    private static final class ProviderRun {

        private final String provider;
        private final Path work;
        private final Path inbox;
        private final Path outbox;
        private final Path errors;
        private final Path reports;
        private final Random random;
        /** Tencent and AudioStack find a job again after a crash: exactly one job per input. */
        private final boolean exactlyOnce;
        private final String aliasPrefix = "nbt-" + Long.toHexString(System.nanoTime()) + "-";
        private final List<String> inputs = new ArrayList<>();
        /** What identifies an input on the wire (SHA-256 of the audio, the text, the alias) -> the input's name. */
        private final Map<String, String> onTheWire = new HashMap<>();
        private final List<KillPoint> kills = new ArrayList<>();
        private final List<Path> logs = new ArrayList<>();
        /** Inputs whose result was in the outbox while the input was still in the inbox when a JVM was killed. */
        private final Set<String> writtenNotCommitted = new TreeSet<>();
        /** References whose report was written shortly before a kill. */
        private final Set<String> reportedJustBeforeKill = new TreeSet<>();
        private final int createdBefore;
        private long startNanos;
        private Process app;

        ProviderRun(String provider, Path work) {
            this.provider = provider;
            this.work = work;
            this.inbox = work.resolve("inbox");
            this.outbox = work.resolve("outbox");
            this.errors = work.resolve("error");
            this.reports = work.resolve("reports");
            this.random = new Random(SEED ^ provider.hashCode());
            this.exactlyOnce = provider.equals("tencent") || provider.equals("audiostack");
            this.createdBefore = sandbox.jobs().created(provider);
        }

        void execute() throws Exception {
            startNanos = System.nanoTime();
            writeInputs();
            int[] drawn = random.ints(3, 1, INPUTS).sorted().toArray();
            int[] targets = { 0, drawn[0], drawn[1], drawn[2], -1 };
            long firstDelay = random.nextInt(301);
            long pollingDelay = random.nextInt(501);
            System.out.printf("%s: %d inputs; kills: before the first create (+%d ms), at creations %s, during polling"
                              + " (+%d ms)%n", provider, INPUTS, firstDelay, Arrays.toString(drawn), pollingDelay);
            try {
                for (int k = 0; k < 5; k++) {
                    kills.add(runUntilKill(k, targets[k], firstDelay, pollingDelay));
                }
                finish();
                verify();
            } catch (AssertionError | Exception e) {
                printLogTails();
                throw e;
            } finally {
                if (app != null && app.isAlive()) {
                    ChildJvm.kill(app);
                }
            }
        }

        // --- inputs -----------------------------------------------------------------------------------------------

        private void writeInputs() throws IOException {
            Files.createDirectories(inbox);
            String stem = switch (provider) {
                case "replica" -> "sts";
                case "aimlapi" -> "stt";
                case "audiostack" -> "voice";
                default -> "line";
            };
            for (int i = 0; i < INPUTS; i++) {
                String name = String.format("%s-%03d.%s", stem, i, KillDropApp.inputExtension(provider));
                byte[] content;
                String identity;
                if (provider.equals("tencent")) {
                    String text = String.format("Never billed twice, line %03d of %d: a short text to speak in a cloned"
                                                + " voice.", i, INPUTS);
                    content = text.getBytes(StandardCharsets.UTF_8);
                    identity = text;
                } else {
                    // AudioStack's instant tier takes files of at least 1.5 s; the others get a quarter of a second
                    content = wav(i, provider.equals("audiostack") ? 2.0 : 0.25);
                    identity = provider.equals("audiostack") ? aliasPrefix + noExtension(name) : sha256(content);
                }
                Path staging = Files.write(work.resolve(".staging"), content);
                Files.move(staging, inbox.resolve(name));
                inputs.add(name);
                onTheWire.put(identity, name);
            }
        }

        /** 8 kHz mono 16-bit PCM of low noise, the index in its first two samples: distinct content per index. */
        private static byte[] wav(int index, double seconds) {
            int rate = 8000;
            int samples = (int) (rate * seconds);
            int dataSize = samples * 2;
            ByteBuffer wav = ByteBuffer.allocate(44 + dataSize).order(ByteOrder.LITTLE_ENDIAN);
            wav.put(TestAudio.Wav.pcm16(rate, 1).header(dataSize));
            wav.putShort((short) index).putShort((short) (index >>> 16));
            Random noise = new Random(31L * index + 7);
            for (int s = 2; s < samples; s++) {
                wav.putShort((short) (noise.nextInt(101) - 50));
            }
            return wav.array();
        }

        // --- the JVMs and their kills -----------------------------------------------------------------------------

        private Process startApp(int number) throws IOException {
            Path log = work.resolve("app-" + number + ".log");
            logs.add(log);
            app = ChildJvm.start(log, KillDropApp.class, provider, sandbox.providerBaseUrl(provider), work.toString(),
                    aliasPrefix);
            return app;
        }

        /** Waits for the app's started marker; the time it was seen (System.nanoTime). */
        private long awaitStarted(Process process, int number) throws Exception {
            Path marker = work.resolve(KillDropApp.STARTED_PREFIX + process.pid());
            long deadline = System.nanoTime() + START_TIMEOUT_MILLIS * 1_000_000;
            while (!Files.exists(marker)) {
                if (!process.isAlive()) {
                    fail("%s: app %d exited (code %d) before it started", provider, number, process.exitValue());
                }
                if (System.nanoTime() > deadline) {
                    fail("%s: app %d did not start within %d ms", provider, number, START_TIMEOUT_MILLIS);
                }
                Thread.sleep(5);
            }
            return System.nanoTime();
        }

        private KillPoint runUntilKill(int k, int target, long firstDelay, long pollingDelay) throws Exception {
            Process process = startApp(k + 1);
            long started = awaitStarted(process, k + 1);
            int atStart = created();
            String phase;
            Ready ready;
            long stall;
            if (k == 0) {
                phase = "before-first-create";
                ready = (created, sinceStart, sinceChange) -> sinceStart >= firstDelay || created > atStart;
                stall = Long.MAX_VALUE;
            } else if (k < 4) {
                phase = "creates";
                ready = (created, sinceStart, sinceChange) -> created >= target && created > atStart;
                stall = STALL_MILLIS;
            } else {
                phase = "polling";
                ready = (created, sinceStart, sinceChange) -> sinceStart >= 1500
                        && (created > atStart && sinceChange >= 700
                            || exactlyOnce && created >= INPUTS && sinceStart >= 1500 + pollingDelay);
                stall = STALL_MILLIS;
            }
            String trigger = awaitKillPoint(process, k + 1, started, ready, stall);
            long killedAt = System.currentTimeMillis();
            ChildJvm.kill(process);
            Thread.sleep(100); // requests the sandbox was still answering are counted
            KillPoint point = new KillPoint(k + 1, phase, target, trigger, created(), outboxResults().size(),
                    failures().size(), millisSince(startNanos));
            snapshotAfterKill(killedAt);
            System.out.printf("%s: kill %d (%s%s): %s; created %d, outbox %d, failed %d, at %.1f s%n", provider,
                    point.number(), phase, target > 0 ? " at " + target : "", trigger, point.created(),
                    point.outbox(), point.failed(), point.atMillis() / 1000.0);
            return point;
        }

        /** Polls every 2 ms: "reached", or a stall (no new creation for stallMillis), or the cap. */
        private String awaitKillPoint(Process process, int number, long started, Ready ready, long stallMillis)
                throws Exception {
            int last = created();
            long lastChange = started;
            while (true) {
                if (!process.isAlive()) {
                    fail("%s: app %d exited by itself (code %d) before its kill point", provider, number,
                            process.exitValue());
                }
                int now = created();
                if (now != last) {
                    last = now;
                    lastChange = System.nanoTime();
                }
                long sinceStart = millisSince(started);
                long sinceChange = millisSince(lastChange);
                if (ready.test(now, sinceStart, sinceChange)) {
                    return "reached";
                }
                if (stallMillis != Long.MAX_VALUE && sinceChange >= stallMillis) {
                    return "no new creation for " + stallMillis + " ms";
                }
                if (sinceStart >= KILL_CAP_MILLIS) {
                    return "not reached within " + KILL_CAP_MILLIS + " ms";
                }
                Thread.sleep(2);
            }
        }

        /** What the dead JVM left half done, to tell the route's own windows from a second payment or emission. */
        private void snapshotAfterKill(long killedAt) throws IOException {
            for (String input : inputs) {
                if (Files.exists(inbox.resolve(input)) && Files.exists(outbox.resolve(resultName(input)))) {
                    writtenNotCommitted.add(input);
                }
            }
            for (Map.Entry<String, Set<String>> state : reportFiles().entrySet()) {
                for (String reference : state.getValue()) {
                    Path report = reports.resolve(state.getKey()).resolve(reference + ".json");
                    try {
                        if (Files.getLastModifiedTime(report).toMillis() >= killedAt - RECENT_REPORT_MILLIS) {
                            reportedJustBeforeKill.add(reference);
                        }
                    } catch (IOException e) {
                        // gone meanwhile: nothing to excuse
                    }
                }
            }
        }

        /** The last JVM: runs until every input is accounted for, then a quiet period for late duplicates. */
        private void finish() throws Exception {
            Process process = startApp(6);
            awaitStarted(process, 6);
            long deadline = System.nanoTime() + FINISH_TIMEOUT_MILLIS * 1_000_000;
            Status status = status();
            while (!status.settled()) {
                if (!process.isAlive()) {
                    fail("%s: the last app exited by itself (code %d); %s", provider, process.exitValue(), status);
                }
                if (System.nanoTime() > deadline) {
                    fail("%s: not every input was accounted for within %d ms after the last start: %s", provider,
                            FINISH_TIMEOUT_MILLIS, status);
                }
                Thread.sleep(100);
                status = status();
            }
            Thread.sleep(QUIET_MILLIS);
            ChildJvm.kill(process);
            Thread.sleep(200); // the sandbox finishes recording what it was answering
        }

        // --- the checks -------------------------------------------------------------------------------------------

        private void verify() throws IOException {
            Set<String> results = outboxResults();
            Map<String, List<Failure>> failures = failures();
            Map<String, Set<String>> reported = reportFiles();
            int created = created();
            long elapsed = millisSince(startNanos);

            // (1) none lost
            List<String> pending = pendingInInbox();
            List<String> lost = inputs.stream()
                    .filter(input -> !results.contains(resultName(input)) && !failures.containsKey(input)).toList();
            assertThat(pending).as("%s: inputs still in the inbox", provider).isEmpty();
            assertThat(lost).as("%s: inputs neither in the outbox nor failed with a reason (lost)", provider).isEmpty();

            // (2) each result written once
            Set<String> expectedResults = inputs.stream().map(this::resultName).collect(Collectors.toSet());
            List<String> strays = results.stream().filter(name -> !expectedResults.contains(name)).sorted().toList();
            assertThat(strays).as("%s: outbox files that are no input's result", provider).isEmpty();
            List<String> rewritten = failures.entrySet().stream()
                    .filter(entry -> entry.getValue().stream().anyMatch(Failure::outboxExists))
                    .map(Map.Entry::getKey).sorted().toList();
            List<String> rewrittenUnexcused = rewritten.stream().filter(input -> !writtenNotCommitted.contains(input))
                    .toList();
            assertThat(rewrittenUnexcused).as("%s: results written a second time (the outbox file existed), not "
                                              + "explained by a kill between writing the result and committing the input; "
                                              + "reasons: %s", provider, describe(failures, rewrittenUnexcused))
                    .isEmpty();

            // (5) each completion emitted once
            List<String> duplicates = duplicateEmissions();
            List<String> duplicatesUnexcused = duplicates.stream()
                    .filter(reference -> !reportedJustBeforeKill.contains(reference)).toList();
            assertThat(duplicatesUnexcused).as("%s: references the jobs consumer emitted twice (not explained by a "
                                               + "kill just after the report was written)", provider).isEmpty();

            // the witnesses: the sandbox's count and the wire log
            WireCount wire = wireCount();
            List<String> inOutbox = inputs.stream().filter(input -> results.contains(resultName(input))).toList();
            List<String> notInOutbox = inputs.stream().filter(input -> !results.contains(resultName(input))).toList();
            Set<String> unknownReports = reported.getOrDefault(UNKNOWN_STATE, Set.of());

            if (exactlyOnce) {
                // (3) the provider can find a job again: exactly one per input, every input has its result
                assertThat(notInOutbox).as("%s: inputs without a result; reasons: %s", provider,
                        describe(failures, notInOutbox)).isEmpty();
                assertThat(created).as("%s: jobs the provider created for %d inputs", provider, INPUTS)
                        .isEqualTo(INPUTS - notInOutbox.size());
                if (wire.complete()) {
                    Map<String, Integer> notOnce = new TreeMap<>();
                    for (String input : inputs) {
                        int count = wire.perInput().getOrDefault(input, 0);
                        if (count != 1) {
                            notOnce.put(input, count);
                        }
                    }
                    assertThat(notOnce).as("%s: inputs not created exactly once on the wire", provider).isEmpty();
                }
                assertThat(unknownReports).as("%s: submissions reported UNKNOWN, though the provider can find its jobs",
                        provider).isEmpty();
            } else {
                // (4) the provider cannot find a job again: at most one per input, the rest UNKNOWN, none re-sent
                assertThat(created).as("%s: jobs the provider created for %d inputs", provider, INPUTS)
                        .isLessThanOrEqualTo(INPUTS).isGreaterThanOrEqualTo(inOutbox.size());
                if (wire.complete()) {
                    Map<String, Integer> twice = new TreeMap<>();
                    wire.perInput().forEach((input, count) -> {
                        if (count > 1) {
                            twice.put(input, count);
                        }
                    });
                    assertThat(twice).as("%s: inputs sent to the provider more than once (%s)", provider,
                            provider.equals("replica") ? "uploads of the source" : "creates").isEmpty();
                }
                List<String> notUnknown = notInOutbox.stream()
                        .filter(input -> !UNKNOWN_SUBMISSION.equals(lastFailure(failures, input).reason())).toList();
                assertThat(notUnknown).as("%s: inputs without a result that did not fail with %s; reasons: %s",
                        provider, UNKNOWN_SUBMISSION, describe(failures, notUnknown)).isEmpty();
                Set<String> unknownReferences = new TreeSet<>();
                boolean everyReferenceKnown = true;
                for (String input : notInOutbox) {
                    for (Failure failure : failures.get(input)) {
                        if (UNKNOWN_SUBMISSION.equals(failure.reason())) {
                            if (failure.reference().isEmpty()) {
                                everyReferenceKnown = false;
                            } else {
                                unknownReferences.add(failure.reference());
                            }
                        }
                    }
                }
                assertThat(unknownReports).as("%s: UNKNOWN reports of the jobs consumer vs the inputs that failed with %s",
                        provider, UNKNOWN_SUBMISSION).hasSize(notInOutbox.size());
                if (everyReferenceKnown) {
                    assertThat(unknownReports).as("%s: references reported UNKNOWN vs the references of the inputs that "
                                                  + "failed with %s (one reported without a failed input: that input was "
                                                  + "sent again)", provider, UNKNOWN_SUBMISSION)
                            .isEqualTo(unknownReferences);
                }
            }

            if (wire.complete()) {
                // (Tencent answers errors with HTTP 200: a refused create would count here; there should be none)
                assertThat(wire.total()).as("%s: creates the wire log shows vs the sandbox's creation count", provider)
                        .isEqualTo(created);
                assertThat(wire.unattributed()).as("%s: creates on the wire that match no input", provider).isZero();
            }
            long failedOtherwise = notInOutbox.stream()
                    .filter(input -> !UNKNOWN_SUBMISSION.equals(lastFailure(failures, input).reason())).count();
            System.out.printf("never billed twice | %-10s | seed %d | kills %s | created %d for %d inputs (wire: %d%s,"
                              + " refused %d, by status %s) | outbox %d | unknown %d | failed otherwise %d | rewrites excused %d |"
                              + " duplicate emissions excused %d | %.1f s%n",
                    provider, SEED, kills.stream().map(KillPoint::describe).collect(Collectors.joining(", ", "[", "]")),
                    created, INPUTS, wire.total(), wire.complete() ? "" : ", log truncated", wire.refused(),
                    wire.refusedStatuses(),
                    inOutbox.size(), unknownReports.size(),
                    failedOtherwise, rewritten.size(), duplicates.size(),
                    elapsed / 1000.0);
        }

        /** Successful creates on the wire per input (Replica: uploads of the source, its create names no input). */
        private WireCount wireCount() {
            List<RecordedRequest> all = sandbox.wire().requests();
            Map<String, Integer> perInput = new TreeMap<>();
            int total = 0;
            int unattributed = 0;
            int refused = 0;
            Map<Integer, Integer> refusedStatuses = new java.util.TreeMap<>();
            for (RecordedRequest request : all) {
                boolean post = request.method().equals("POST");
                String identity = null;
                boolean create = false;
                switch (provider) {
                    case "replica" -> {
                        create = post && request.path().endsWith("/speech/sts");
                        UploadedFile source = request.files().get("file");
                        if (source != null && request.succeeded()) {
                            perInput.merge(onTheWire.getOrDefault(source.sha256(), "?"), 1, Integer::sum);
                        }
                    }
                    case "aimlapi" -> {
                        create = post && request.path().endsWith("/stt/create");
                        UploadedFile audio = request.files().get("audio");
                        identity = audio == null ? null : audio.sha256();
                    }
                    case "audiostack" -> {
                        create = post && request.path().endsWith("/speech/voice-cloning");
                        identity = request.json() == null ? null : request.json().path("alias").asText(null);
                    }
                    default -> {
                        create = post && request.path().endsWith("/release/job") && request.json() != null
                                 && "CreateJob".equals(request.json().path("action").asText());
                        identity = create ? request.json().path("createJobRequest").path("inputs").path(0)
                                .path("sourceData").asText(null) : null;
                    }
                }
                if (!create) {
                    continue;
                }
                if (!request.succeeded()) {
                    refused++;
                    // 0: the connection dropped before an answer (a kill while the request was on its way)
                    refusedStatuses.merge(request.responseStatus(), 1, Integer::sum);
                    continue;
                }
                total++;
                if (!provider.equals("replica")) {
                    String input = identity == null ? null : onTheWire.get(identity);
                    if (input == null) {
                        unattributed++;
                    } else {
                        perInput.merge(input, 1, Integer::sum);
                    }
                }
            }
            perInput.remove("?");
            return new WireCount(all.size() < WIRE_CAPACITY, total, unattributed, refused, refusedStatuses, perInput);
        }

        // --- what the folders say ---------------------------------------------------------------------------------

        private Status status() throws IOException {
            Set<String> results = outboxResults();
            Map<String, List<Failure>> failures = failures();
            List<String> pending = pendingInInbox();
            List<String> unaccounted = inputs.stream()
                    .filter(input -> !results.contains(resultName(input)) && !failures.containsKey(input)).toList();
            Set<String> unknownReports = reportFiles().getOrDefault(UNKNOWN_STATE, Set.of());
            Set<String> unknownReferences = new TreeSet<>();
            int unknownInputs = 0;
            for (Map.Entry<String, List<Failure>> entry : failures.entrySet()) {
                if (results.contains(resultName(entry.getKey()))) {
                    continue;
                }
                Failure last = entry.getValue().get(entry.getValue().size() - 1);
                if (UNKNOWN_SUBMISSION.equals(last.reason())) {
                    unknownInputs++;
                    if (!last.reference().isEmpty()) {
                        unknownReferences.add(last.reference());
                    }
                }
            }
            Set<String> unreported = new TreeSet<>(unknownReferences);
            unreported.removeAll(unknownReports);
            return new Status(pending, unaccounted, unknownInputs, unknownReports.size(), unreported);
        }

        private List<String> pendingInInbox() {
            return inputs.stream().filter(input -> Files.exists(inbox.resolve(input))).toList();
        }

        /** Result file names in the outbox (temporary .part files left by a killed write are not results). */
        private Set<String> outboxResults() throws IOException {
            if (!Files.isDirectory(outbox)) {
                return Set.of();
            }
            try (Stream<Path> files = Files.list(outbox)) {
                return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                        .filter(name -> !name.endsWith(".part")).collect(Collectors.toCollection(TreeSet::new));
            }
        }

        /** The reason files in the error folder, by input name; each holds one block per failure of the input. */
        private Map<String, List<Failure>> failures() throws IOException {
            Map<String, List<Failure>> failures = new TreeMap<>();
            if (!Files.isDirectory(errors)) {
                return failures;
            }
            List<Path> files;
            try (Stream<Path> listed = Files.list(errors)) {
                files = listed.filter(p -> p.getFileName().toString().endsWith(KillDropApp.REASON_SUFFIX)).toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                String input = name.substring(0, name.length() - KillDropApp.REASON_SUFFIX.length());
                List<Failure> parsed = Failure.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                if (!parsed.isEmpty()) {
                    failures.put(input, parsed);
                }
            }
            return failures;
        }

        /** Report file names (references) by state folder. */
        private Map<String, Set<String>> reportFiles() throws IOException {
            Map<String, Set<String>> byState = new TreeMap<>();
            if (!Files.isDirectory(reports)) {
                return byState;
            }
            List<Path> states;
            try (Stream<Path> listed = Files.list(reports)) {
                states = listed.filter(Files::isDirectory).toList();
            }
            for (Path state : states) {
                try (Stream<Path> listed = Files.list(state)) {
                    byState.put(state.getFileName().toString(), listed.map(p -> p.getFileName().toString())
                            .filter(name -> name.endsWith(".json")).map(NeverBilledTwiceIT::noExtension)
                            .collect(Collectors.toCollection(TreeSet::new)));
                }
            }
            return byState;
        }

        /** References the app recorded as emitted a second time (duplicates/<reference>.<nanos>). */
        private List<String> duplicateEmissions() throws IOException {
            Path duplicates = work.resolve("duplicates");
            if (!Files.isDirectory(duplicates)) {
                return List.of();
            }
            try (Stream<Path> listed = Files.list(duplicates)) {
                return listed.map(p -> noExtension(p.getFileName().toString())).sorted().toList();
            }
        }

        /** Jobs the sandbox created for this provider since this run began. */
        private int created() {
            return sandbox.jobs().created(provider) - createdBefore;
        }

        private String resultName(String input) {
            return noExtension(input) + "." + KillDropApp.resultExtension(provider);
        }

        /**
         * The failure that settled the input: the last one, leaving out exchanges that found the file gone (Camel's
         * file consumer may list a file in one poll while the exchange of the previous poll moves it to the error
         * folder; the second exchange then fails on a file that no longer exists).
         */
        private static Failure lastFailure(Map<String, List<Failure>> failures, String input) {
            List<Failure> list = failures.getOrDefault(input, List.of());
            for (int i = list.size() - 1; i >= 0; i--) {
                if (!list.get(i).message().contains("does not exist or is not a regular file")) {
                    return list.get(i);
                }
            }
            return list.isEmpty() ? Failure.NONE : list.get(list.size() - 1);
        }

        private static String describe(Map<String, List<Failure>> failures, List<String> inputs) {
            Map<String, String> shown = new LinkedHashMap<>();
            for (String input : inputs.subList(0, Math.min(10, inputs.size()))) {
                List<Failure> all = failures.getOrDefault(input, List.of());
                shown.put(input, all.isEmpty() ? "(no reason)" : all.stream()
                        .map(f -> f.exception() + " " + f.reason() + ": " + f.message())
                        .collect(Collectors.joining(" | then ")));
            }
            return shown + (inputs.size() > 10 ? " and " + (inputs.size() - 10) + " more" : "");
        }

        private void printLogTails() {
            System.out.printf("%s: kill seed %d; kill points so far: %s%n", provider, SEED,
                    kills.stream().map(KillPoint::describe).toList());
            for (Path log : logs) {
                System.out.println("---- " + log.getFileName() + " (last " + LOG_TAIL_LINES + " lines)");
                ChildJvm.tail(log, LOG_TAIL_LINES).forEach(System.out::println);
            }
        }
    }

    // --- small types ------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Ready {
        boolean test(int created, long millisSinceStart, long millisSinceLastCreation);
    }

    /** One kill: its number, phase, target creation count (0 none), why it fired, and what was there at that moment. */
    private record KillPoint(int number, String phase, int target, String trigger, int created, int outbox, int failed,
            long atMillis) {

        String describe() {
            return phase + (target > 0 ? "@" + target : "") + "->" + created + (trigger.equals("reached") ? "" : "*");
        }
    }

    /**
     * What the folders show while the last JVM runs: settled when no input is left in the inbox, each one has a result
     * or a reason, and each UNKNOWN_SUBMISSION input's reference has its UNKNOWN report.
     */
    private record Status(List<String> pending, List<String> unaccounted, int unknownInputs, int unknownReports,
            Set<String> unreportedUnknownReferences) {

        boolean settled() {
            return pending.isEmpty() && unaccounted.isEmpty() && unreportedUnknownReferences.isEmpty()
                   && unknownReports >= unknownInputs;
        }

        @Override
        public String toString() {
            return pending.size() + " inputs still in the inbox " + first(pending) + ", " + unaccounted.size()
                   + " without result or reason " + first(unaccounted) + ", " + unknownInputs + " UNKNOWN_SUBMISSION inputs, "
                   + unknownReports + " UNKNOWN reports, unreported UNKNOWN references " + first(List.copyOf(
                           unreportedUnknownReferences));
        }

        private static List<String> first(List<String> list) {
            return list.subList(0, Math.min(10, list.size()));
        }
    }

    /** Successful creates on the wire: in all, per input, matching no input; refused creates; the log was complete. */
    private record WireCount(boolean complete, int total, int unattributed, int refused,
            Map<Integer, Integer> refusedStatuses, Map<String, Integer> perInput) {
    }

    /** One block of a reason file. */
    private record Failure(String exception, String reason, String reference, String jobId, boolean outboxExists,
            String message) {

        static final Failure NONE = new Failure("", "", "", "", false, "");

        static List<Failure> parse(String text) {
            List<Failure> failures = new ArrayList<>();
            Map<String, String> block = null;
            for (String line : text.split("\n")) {
                if (line.startsWith("--- ")) {
                    if (block != null) {
                        failures.add(of(block));
                    }
                    block = new HashMap<>();
                } else if (block != null) {
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        block.put(line.substring(0, colon), line.substring(colon + 2));
                    } else if (line.endsWith(":")) {
                        block.put(line.substring(0, line.length() - 1), "");
                    }
                }
            }
            if (block != null) {
                failures.add(of(block));
            }
            return failures;
        }

        // outboxExists is decided by the app (the outbox write failed because the file existed), not from the message:
        // AudioStack's 409 for a taken alias also says "already exists"
        private static Failure of(Map<String, String> block) {
            return new Failure(block.getOrDefault("exception", ""), block.getOrDefault("reason", ""),
                    block.getOrDefault("reference", ""), block.getOrDefault("jobId", ""),
                    Boolean.parseBoolean(block.getOrDefault("outboxExists", "false")), block.getOrDefault("message", ""));
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static String noExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
