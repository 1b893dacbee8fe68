package io.camelspeech.component;

import io.camelspeech.sandbox.testing.TestAudio;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.job.SpeechJobException;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.store.FileJobStore;
import io.camelspeech.component.store.JobRecord;
import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission written ahead whose answer was lost (what a crash leaves: a SUBMITTING record without a job id, its
 * lease run out) meets the same input again, or a jobs consumer: AI/ML API cannot be asked, so the input fails with
 * UNKNOWN_SUBMISSION and is reported UNKNOWN once (or is paid again with onUnknownSubmission=resubmit); Tencent is
 * asked by customId: a job found is followed, none found means the input is sent, once. A TTS.ai task cannot be asked
 * at all: one whose webhook never came ends after jobTimeout as a reported TIMEOUT.
 */
class LostSubmissionTest {

    private static SpeechSandbox sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() {
        sandbox = SpeechSandbox.start(SandboxConfig.builder().jobDuration(java.time.Duration.ofMillis(300)).build());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private static String aiml(String operation, String options) {
        return "speech:aimlapi:" + operation + "?apiKey=sandbox-key&pollInterval=100&maxPollInterval=200&baseUrl="
               + sandbox.providerBaseUrl("aimlapi") + "&" + options;
    }

    private static String tencent(String operation, String options) {
        return "speech:tencent:" + operation + "?secretId=sandbox-id&secretKey=sandbox-secret&pollInterval=100"
               + "&maxPollInterval=200&baseUrl=" + sandbox.providerBaseUrl("tencent") + "&" + options;
    }

    /** What a JVM killed right after sending its create request leaves in the store. */
    private static JobRecord orphan(String provider, String operation, String key, Map<String, Object> details) {
        Instant then = Instant.now().minusSeconds(30);
        SpeechJob pending = new SpeechJob(provider, null, JobState.SUBMITTING, null, then, null, null, null, null, details);
        return new JobRecord(UUID.randomUUID().toString(), provider, operation, null, JobState.SUBMITTING,
                SpeechJson.write(pending), key, null, false, "a-dead-instance", then.plusSeconds(2), then, then);
    }

    private DefaultCamelContext start(FileJobStore store, RouteBuilder routes) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        SpeechComponent speech = new SpeechComponent();
        speech.setJobStore(store);
        context.addComponent("speech", speech);
        context.addRoutes(routes);
        context.start();
        return context;
    }

    @Test
    void anUnknownAimlSubmissionIsNotSentAgainAndIsReportedOnce() throws Exception {
        FileJobStore store = new FileJobStore(dir.resolve("jobs"));
        JobRecord lost = orphan("aimlapi", "speechToText", "input-1", Map.of());
        store.save(lost);
        List<Exchange> reports = new CopyOnWriteArrayList<>();
        int createdBefore = sandbox.jobs().created("aimlapi");
        try (DefaultCamelContext context = start(store, new RouteBuilder() {
            @Override
            public void configure() {
                from(aiml("jobs", "delay=100&leaseDuration=1000")).process(reports::add);
            }
        })) {
            byte[] audio = TestAudio.distinctWav(1);
            Exchange again = context.createProducerTemplate().request(aiml("speechToText", "leaseDuration=1000"), e -> {
                e.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, "input-1");
                e.getMessage().setBody(audio);
            });

            assertThat(again.getException()).isInstanceOf(SpeechJobException.class);
            assertThat(((SpeechJobException) again.getException()).getReason())
                    .isEqualTo(SpeechJobException.Reason.UNKNOWN_SUBMISSION);
            assertThat(again.getMessage().getHeader(SpeechConstants.JOB_REFERENCE)).isEqualTo(lost.reference());
            awaitSize(reports, 1);
            Thread.sleep(500); // room for a second report
            assertThat(reports).hasSize(1);
            assertThat(reports.get(0).getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("UNKNOWN");
            assertThat(reports.get(0).getMessage().getHeader(SpeechConstants.JOB_REFERENCE)).isEqualTo(lost.reference());
            assertThat(reports.get(0).getMessage().getHeader(SpeechConstants.COMPLETED_BY)).isEqualTo("recovery");
            assertThat(sandbox.jobs().created("aimlapi")).as("nothing sent again").isEqualTo(createdBefore);

            Exchange resubmitted = context.createProducerTemplate().request(
                    aiml("speechToText", "leaseDuration=1000&onUnknownSubmission=resubmit"), e -> {
                        e.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, "input-1");
                        e.getMessage().setBody(audio);
                    });
            assertThat(resubmitted.getException()).isNull();
            assertThat(sandbox.jobs().created("aimlapi")).as("paid again, as asked").isEqualTo(createdBefore + 1);
        }
    }

    @Test
    void aTencentSubmissionThatNeverArrivedIsSentOnceAndOneThatArrivedIsFollowed() throws Exception {
        FileJobStore store = new FileJobStore(dir.resolve("tencent"));
        // never arrived: no job carries its customId
        JobRecord neverArrived = orphan("tencent", "clonedSpeech", "text-1", Map.of("customId", "lost-" + UUID.randomUUID()));
        store.save(neverArrived);
        int createdBefore = sandbox.jobs().created("tencent");
        try (DefaultCamelContext context = start(store, new RouteBuilder() {
            @Override
            public void configure() {
            }
        })) {
            Exchange sent = context.createProducerTemplate().request(tencent("clonedSpeech", "contentId=repo-1&leaseDuration=1000"), e -> {
                e.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, "text-1");
                e.getMessage().setBody("a text that never reached Tencent");
            });
            assertThat(sent.getException()).isNull();
            assertThat(sandbox.jobs().created("tencent")).isEqualTo(createdBefore + 1);
            String customId = sandbox.wire().requests("/tencent/release/job").stream()
                    .filter(r -> r.json().path("action").asText().equals("CreateJob")).reduce((a, b) -> b).orElseThrow()
                    .json().path("createJobRequest").path("customId").asText();
            assertThat(customId).as("the component's reference finds the job again").isNotBlank()
                    .isEqualTo(sent.getMessage().getHeader(SpeechConstants.JOB_REFERENCE));

            // arrived: the job exists at Tencent under the recorded customId, but its answer was lost
            JobRecord arrived = orphan("tencent", "clonedSpeech", "text-2", Map.of("customId", customId));
            store.save(arrived);
            int createdNow = sandbox.jobs().created("tencent");
            Exchange followed = context.createProducerTemplate().request(tencent("clonedSpeech", "contentId=repo-1&leaseDuration=1000"), e -> {
                e.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, "text-2");
                e.getMessage().setBody("the same text again");
            });
            assertThat(followed.getException()).isNull();
            assertThat(sandbox.jobs().created("tencent")).as("found by customId, not paid again").isEqualTo(createdNow);
            assertThat(followed.getMessage().getHeader(SpeechConstants.JOB_ID))
                    .isEqualTo(sent.getMessage().getHeader(SpeechConstants.JOB_ID));
            assertThat(followed.getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("COMPLETED");
        }
    }

    @Test
    void aTtsAiTaskWhoseWebhookNeverCameEndsAsATimeoutReportedOnce() throws Exception {
        FileJobStore store = new FileJobStore(dir.resolve("ttsai"));
        Instant then = Instant.now().minusSeconds(600);
        SpeechJob accepted = new SpeechJob("ttsai", "task-never-called-back", JobState.RUNNING, "queued", then, then,
                null, null, null, Map.of());
        // what the producer records for a stem separation sent with the component's webhook URL (token kept hashed)
        store.save(new JobRecord(UUID.randomUUID().toString(), "ttsai", "audioSeparate", accepted.id(), JobState.RUNNING,
                SpeechJson.write(accepted), "song-1", "a-token-hash", false, null, null, then, then));
        List<Exchange> reports = new CopyOnWriteArrayList<>();
        try (DefaultCamelContext context = start(store, new RouteBuilder() {
            @Override
            public void configure() {
                from("speech:ttsai:jobs?apiKey=sandbox-key&delay=100&jobTimeout=60000&callbackGracePeriod=100&baseUrl="
                     + sandbox.providerBaseUrl("ttsai")).process(reports::add);
            }
        })) {
            awaitSize(reports, 1);
            Thread.sleep(500); // room for a second report
        }
        assertThat(reports).hasSize(1);
        Exchange report = reports.get(0);
        assertThat(report.getMessage().getHeader(SpeechConstants.JOB_ID)).isEqualTo("task-never-called-back");
        assertThat(report.getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("FAILED");
        assertThat(report.getMessage().getHeader(SpeechConstants.COMPLETED_BY)).isEqualTo("timeout");
        assertThat(report.getMessage().getBody(SpeechJob.class).error()).startsWith("TIMEOUT").contains("jobTimeout");
        assertThat(store.pending("ttsai")).as("never pending forever").isEmpty();
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
