package io.camelspeech.component.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.store.FileJobStore;
import io.camelspeech.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One leader emits job completions: {@code from("master:speech-jobs:speech:aimlapi:jobs")} with Camel's cluster
 * service, the alternative to the jobs consumer's own leases when exactly one instance should run the completions
 * route (e.g. because it writes to a target that is not safe to write from two places).
 *
 * <p>Two members (CamelContexts) share one job store (a {@link FileJobStore} each, on the same folder, as two
 * processes would) and a {@link FileLockClusterService} each on the same root folder. A third context, outside the
 * cluster, submits AI/ML API transcriptions with {@code wait=false}. Only the leader's jobs consumer runs: every job
 * is emitted exactly once, all by the leader. Then the leader's context stops, the other member takes the lock over,
 * and it emits the jobs submitted after that.
 *
 * <p>Why {@code FileLockClusterService} works inside one JVM: Java file locks are held per process, so a second
 * channel of the same JVM asking for the lock the first one holds gets an {@code OverlappingFileLockException}, which
 * the cluster view of camel-file 4.18 treats as "not acquired" (the member stays a follower). The leader writes a
 * heartbeat to {@code <root>/speech-jobs.dat} and empties it on stop, so the follower takes over on its next attempt
 * ({@code acquireLockInterval}). Camel's own tests (FileLockClusterServiceBasicFailoverTest in camel-file) run their
 * members as several CamelContexts in one JVM the same way. Across hosts, the same route works with any other
 * cluster service (camel-kubernetes leases, camel-zookeeper, camel-infinispan...) in place of the file lock.
 */
class OneLeaderJobsConsumerTest {

    private static final String NAMESPACE = "speech-jobs";

    @RegisterExtension
    static final SandboxExtension sandbox = SandboxExtension.create();

    @TempDir
    Path dir;

    private final List<CamelContext> started = new ArrayList<>();
    private final List<String> emitted = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(CamelContext::stop);
    }

    private static String aiml(String operation, String options) {
        return "speech:aimlapi:" + operation + "?apiKey=sandbox-key&baseUrl=" + sandbox.providerBaseUrl("aimlapi") + "&" + options;
    }

    private FileLockClusterService clusterService(String id) {
        FileLockClusterService service = new FileLockClusterService();
        service.setId(id);
        service.setRoot(dir.resolve("cluster").toString());
        service.setAcquireLockDelay(50, TimeUnit.MILLISECONDS);
        service.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        return service;
    }

    /** A cluster member: the shared store, its own cluster service, and the completions route behind master:. */
    private FileLockClusterService member(String name) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        context.getRegistry().bind("jobStore", new FileJobStore(dir.resolve("jobs")));
        FileLockClusterService service = clusterService(name);
        context.addService(service);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:" + NAMESPACE + ":" + aiml("jobs", "initialDelay=0&delay=50&pollInterval=50&maxPollInterval=200"))
                        .routeId("completions")
                        .process(e -> emitted.add(name + ":" + e.getMessage().getHeader(SpeechConstants.JOB_ID)));
            }
        });
        context.start();
        started.add(context);
        return service;
    }

    private static boolean leads(FileLockClusterService service) {
        try {
            return service.getView(NAMESPACE).getLocalMember().isLeader();
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void onlyTheLeaderEmitsAndTheFollowerTakesOverWhenTheLeaderStops() throws Exception {
        DefaultCamelContext submitter = new DefaultCamelContext();
        submitter.getRegistry().bind("jobStore", new FileJobStore(dir.resolve("jobs")));
        submitter.start();
        started.add(submitter);
        List<byte[]> recordings = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            recordings.add(submitter.createProducerTemplate().requestBody("speech:ttsai:textToSpeech?apiKey=sandbox-key"
                    + "&voice=af_bella&format=wav&baseUrl=" + sandbox.providerBaseUrl("ttsai"), "recording " + i, byte[].class));
        }

        FileLockClusterService first = member("first");
        await(() -> leads(first), Duration.ofSeconds(5));
        assertThat(leads(first)).as("the first member leads").isTrue();
        FileLockClusterService second = member("second");
        Thread.sleep(500); // several of the second member's lock attempts
        assertThat(leads(second)).as("one leader at a time").isFalse();

        List<String> before = submit(submitter, recordings.subList(0, 4));
        await(() -> emitted.size() >= 4, Duration.ofSeconds(10));
        Thread.sleep(500); // room for a duplicate, or for the follower, to show up

        assertThat(emitted).as("each job once, all by the leader: " + emitted)
                .containsExactlyInAnyOrderElementsOf(before.stream().map(id -> "first:" + id).toList());

        started.get(1).stop(); // the leader's context
        await(() -> leads(second), Duration.ofSeconds(5));
        assertThat(leads(second)).as("the second member took the lock over").isTrue();

        List<String> after = submit(submitter, recordings.subList(4, 7));
        await(() -> emitted.size() >= 7, Duration.ofSeconds(10));
        Thread.sleep(500);

        List<String> expected = new ArrayList<>(before.stream().map(id -> "first:" + id).toList());
        after.forEach(id -> expected.add("second:" + id));
        assertThat(emitted).as("each job once, by whoever led when it finished: " + emitted)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> submit(CamelContext submitter, List<byte[]> recordings) {
        List<String> ids = new ArrayList<>();
        for (byte[] audio : recordings) {
            ids.add(submitter.createProducerTemplate().request(aiml("speechToText", "wait=false"),
                    e -> e.getMessage().setBody(audio)).getMessage().getHeader(SpeechConstants.JOB_ID, String.class));
        }
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
        return ids;
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
