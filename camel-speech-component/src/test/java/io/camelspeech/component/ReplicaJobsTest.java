package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.job.SpeechJobException;
import io.camelspeech.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Replica speech-to-speech: create, presigned upload, start, poll, download — in both wait modes. */
class ReplicaJobsTest extends SandboxTestSupport {

    private static final String STYLE = "a2b1c3d4-0000-4000-8000-000000000001";

    private String sts(String options) {
        return sandboxUri("replica", "speechToSpeech", "voice=" + STYLE + (options.isEmpty() ? "" : "&" + options));
    }

    @Test
    void waitsForTheConvertedAudioHoldingNoThread() {
        byte[] source = speech("convert this voice please");
        Exchange result = template.request(sts("globalPace=1.2&language=en"), e -> e.getMessage().setBody(source));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(byte[].class)).startsWith("RIFF".getBytes());
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("COMPLETED");
        String uuid = result.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);
        assertThat(uuid).isNotBlank();

        RecordedRequest create = sandbox.wire().requests("/replica/v2/speech/sts").get(0);
        assertThat(create.header("X-Api-Key")).isEqualTo("sandbox-key");
        assertThat(create.json().get("performer_style_id").asText()).isEqualTo(STYLE);
        assertThat(create.json().get("model_chain").asText()).isEqualTo("vox_1_0");
        assertThat(create.json().get("global_pace").asDouble()).isEqualTo(1.2);

        RecordedRequest upload = sandbox.wire().requests().stream().filter(r -> r.files().containsKey("file"))
                .findFirst().orElseThrow();
        assertThat(upload.header("X-Api-Key")).as("a presigned POST carries no key").isNull();
        List<String> parts = upload.partOrder();
        assertThat(parts.get(parts.size() - 1)).isEqualTo("file");
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(upload.files().get("file").size()).isEqualTo(source.length);

        RecordedRequest start = sandbox.wire().requests("/speech/sts/" + uuid + "/start").get(0);
        assertThat(start.json().get("extensions").get(0).asText()).isEqualTo("wav");
        assertThat(sandbox.wire().count("/replica/v2/speech/" + uuid)).as("polled").isPositive();
    }

    @Test
    void withoutWaitingContinuesAtOnceAndGetJobPicksTheJobUpLater() throws Exception {
        byte[] source = speech("a job to look up later");
        Exchange submitted = template.request(sts("wait=false"), e -> e.getMessage().setBody(source));

        assertThat(submitted.getException()).isNull();
        SpeechJob job = submitted.getMessage().getBody(SpeechJob.class);
        assertThat(job.state()).isIn(JobState.SUBMITTED, JobState.RUNNING);
        assertThat(submitted.getMessage().getHeader(SpeechConstants.JOB_ID)).isEqualTo(job.id());

        SpeechJob later = null;
        for (int i = 0; i < 50 && (later == null || !later.state().isFinal()); i++) {
            Thread.sleep(100);
            later = template.request(sandboxUri("replica", "getJob", ""),
                    e -> e.getMessage().setHeader(SpeechConstants.JOB_ID, job.id())).getMessage().getBody(SpeechJob.class);
        }
        assertThat(later.state()).isEqualTo(JobState.COMPLETED);
        assertThat(later.providerState()).isEqualTo("COMPLETED");
        assertThat(later.resultLocation()).startsWith("http");
    }

    @Test
    void anErrorStateSurfacesTheProvidersReasonAndKeepsTheJobId() {
        sandbox.jobs().failNext("replica", "performer style unavailable");
        byte[] source = speech("this one fails");
        Exchange result = template.request(sts(""), e -> e.getMessage().setBody(source));

        assertThat(result.getException()).isInstanceOf(SpeechJobException.class);
        SpeechJobException error = (SpeechJobException) result.getException();
        assertThat(error.getReason()).isEqualTo(SpeechJobException.Reason.FAILED);
        assertThat(error.getMessage()).contains("performer style unavailable");
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_ID)).isEqualTo(error.getJob().id());
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("FAILED");
    }

    @Test
    void aJobTimeoutKeepsTheJobIdSoTheRouteCanResume() {
        sandbox.jobs().stallNext("replica");
        byte[] source = speech("this one never ends");
        Exchange result = template.request(sts("jobTimeout=400"), e -> e.getMessage().setBody(source));

        assertThat(result.getException()).isInstanceOf(SpeechJobException.class);
        SpeechJobException error = (SpeechJobException) result.getException();
        assertThat(error.getReason()).isEqualTo(SpeechJobException.Reason.TIMEOUT);
        assertThat(error.getMessage()).contains("resume with getJob");
        String id = result.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);
        assertThat(id).isEqualTo(error.getJob().id());

        SpeechJob stillRunning = template.request(sandboxUri("replica", "getJob", "jobId=" + id), e -> {
        }).getMessage().getBody(SpeechJob.class);
        assertThat(stillRunning.state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void onlyWavMp3AndOggAreAcceptedAndNothingIsCreatedOtherwise() {
        byte[] flac = "fLaC\0\0\0\"flac stream".getBytes();
        Exchange result = template.request(sts(""), e -> e.getMessage().setBody(flac));
        assertThat(result.getException()).isInstanceOf(SpeechValidationException.class)
                .hasMessageContaining("is FLAC; accepted: [WAV, MP3, OGG]");
        assertThat(sandbox.jobs().created("replica")).isZero();
    }

    @Test
    void aMissingPerformerStyleIsRefusedBeforeAnyCall() {
        Exchange result = template.request(sandboxUri("replica", "speechToSpeech", ""), e -> e.getMessage().setBody(new byte[] { 1 }));
        assertThat(result.getException()).hasMessageContaining("needs the option 'voice'");
        assertThat(sandbox.wire().requests()).isEmpty();
    }
}
