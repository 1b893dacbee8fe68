package io.camelspeech.component.kamelet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.model.Transcript;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * speech-jobs-source: jobs submitted with wait=false (here through the action Kamelets) are emitted by the source
 * Kamelet once each, with the body and headers the waiting producer would have given.
 */
class SpeechJobsSourceKameletTest extends KameletTestSupport {

    private static final String STYLE = "a2b1c3d4-0000-4000-8000-000000000001";

    private final List<Message> aimlapi = new CopyOnWriteArrayList<>();
    private final List<Message> replica = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:transcribe")
                        .to("kamelet:speech-stt-action?provider=aimlapi&wait=false" + atSandbox("aimlapi"));
                from("direct:convert")
                        .to("kamelet:speech-voice-convert-action?provider=replica&voice=" + STYLE + "&wait=false"
                            + atSandbox("replica"));

                from("kamelet:speech-jobs-source?provider=aimlapi&delay=50&pollInterval=50&maxPollInterval=200"
                     + atSandbox("aimlapi"))
                        .routeId("aimlapi-completions")
                        .process(e -> aimlapi.add(e.getMessage().copy()));
                from("kamelet:speech-jobs-source?provider=replica&delay=50&pollInterval=50&maxPollInterval=200"
                     + atSandbox("replica"))
                        .routeId("replica-completions")
                        .process(e -> replica.add(e.getMessage().copy()));
            }
        };
    }

    @Test
    void eachTranscriptionSubmittedWithoutWaitingIsEmittedOnce() throws Exception {
        List<byte[]> recordings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            recordings.add(speech("recording number " + i));
        }
        List<String> ids = new ArrayList<>();
        for (byte[] audio : recordings) {
            Exchange submitted = template.request("direct:transcribe", e -> e.getMessage().setBody(audio));
            assertThat(submitted.getException()).isNull();
            assertThat(submitted.getMessage().getBody(SpeechJob.class).state()).isIn(JobState.SUBMITTED, JobState.RUNNING);
            ids.add(submitted.getMessage().getHeader(SpeechConstants.JOB_ID, String.class));
        }

        await(aimlapi, 3, Duration.ofSeconds(10));
        Thread.sleep(500); // room for a duplicate to show up

        assertThat(aimlapi).hasSize(3);
        assertThat(aimlapi).extracting(m -> m.getHeader(SpeechConstants.JOB_ID, String.class))
                .containsExactlyInAnyOrderElementsOf(ids);
        Map<String, String> textById = aimlapi.stream().collect(Collectors.toMap(
                m -> m.getHeader(SpeechConstants.JOB_ID, String.class), m -> m.getBody(Transcript.class).text()));
        for (int i = 0; i < 3; i++) {
            assertThat(textById.get(ids.get(i))).isEqualTo("recording number " + i);
        }
        assertThat(aimlapi).allSatisfy(m -> {
            assertThat(m.getHeader(SpeechConstants.JOB_STATE)).isEqualTo("COMPLETED");
            assertThat(m.getHeader(SpeechConstants.COMPLETED_BY)).isEqualTo("poll");
        });
        assertThat(sandbox.wire().requests("/aimlapi/v1/stt/" + ids.get(0)))
                .as("the source polled the provider with its own key")
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer sandbox-key"))
                .isNotEmpty();
        assertThat(replica).isEmpty();
    }

    @Test
    void aFailedJobIsEmittedAsItsSpeechJob() throws Exception {
        sandbox.jobs().failNext("aimlapi", "audio could not be decoded");
        byte[] audio = speech("this one fails");
        String id = template.request("direct:transcribe", e -> e.getMessage().setBody(audio))
                .getMessage().getHeader(SpeechConstants.JOB_ID, String.class);

        await(aimlapi, 1, Duration.ofSeconds(10));

        Message emitted = aimlapi.get(0);
        assertThat(emitted.getHeader(SpeechConstants.JOB_ID)).isEqualTo(id);
        assertThat(emitted.getHeader(SpeechConstants.JOB_STATE)).isEqualTo("FAILED");
        assertThat(emitted.getBody(SpeechJob.class).error()).contains("audio could not be decoded");
    }

    @Test
    void aReplicaConversionIsEmittedAsItsAudio() throws Exception {
        byte[] audio = speech("converted later");
        Exchange submitted = template.request("direct:convert", e -> e.getMessage().setBody(audio));
        assertThat(submitted.getException()).isNull();
        String id = submitted.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);

        await(replica, 1, Duration.ofSeconds(10));
        Thread.sleep(300);

        assertThat(replica).hasSize(1);
        assertThat(replica.get(0).getHeader(SpeechConstants.JOB_ID)).isEqualTo(id);
        assertThat(replica.get(0).getBody(byte[].class)).startsWith("RIFF".getBytes());
        assertThat(aimlapi).isEmpty();
    }

    private static void await(List<?> list, int size, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
