package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.job.SpeechJobException;
import io.camelspeech.component.model.Transcript;
import io.camelspeech.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** AI/ML API speech-to-text: upload or URL, then poll through waiting and active — both wait modes. */
class AimlApiJobsTest extends SandboxTestSupport {

    @Test
    void anUploadIsTranscribedIntoTheSameTypedTranscriptAsTtsAi() {
        byte[] audio = speech("transcribe me through a job");
        Exchange result = template.request(sandboxUri("aimlapi", "speechToText", ""), e -> e.getMessage().setBody(audio));

        assertThat(result.getException()).isNull();
        Transcript transcript = result.getMessage().getBody(Transcript.class);
        assertThat(transcript.text()).isEqualTo("transcribe me through a job");
        assertThat(transcript.segments()).isNotEmpty();
        assertThat(transcript.segments().get(0).words()).isNotEmpty();
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("COMPLETED");

        RecordedRequest create = sandbox.wire().requests("/aimlapi/v1/stt/create").get(0);
        assertThat(create.header("Authorization")).isEqualTo("Bearer sandbox-key");
        assertThat(create.formFields()).containsEntry("model", "#g1_whisper-large");
        assertThat(create.files().get("audio").size()).isEqualTo(audio.length);
    }

    @Test
    void anAudioUrlIsSentAsJsonAndTheProviderFetchesIt() throws Exception {
        byte[] audio = speech("fetched by the provider itself");
        HttpServer files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/clip.wav", exchange -> {
            exchange.sendResponseHeaders(200, audio.length);
            exchange.getResponseBody().write(audio);
            exchange.close();
        });
        files.start();
        try {
            String url = "http://127.0.0.1:" + files.getAddress().getPort() + "/clip.wav";
            Exchange result = template.request(sandboxUri("aimlapi", "speechToText", ""), e -> {
                e.getMessage().setBody(null);
                e.getMessage().setHeader(SpeechConstants.AUDIO_URL, url);
            });

            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getBody(Transcript.class).text()).isEqualTo("fetched by the provider itself");
            RecordedRequest create = sandbox.wire().requests("/aimlapi/v1/stt/create").get(0);
            assertThat(create.json().get("url").asText()).isEqualTo(url);
            assertThat(create.json().get("model").asText()).isEqualTo("#g1_whisper-large");
        } finally {
            files.stop(0);
        }
    }

    @Test
    void withoutWaitingTheGenerationIdComesBackAtOnce() throws Exception {
        byte[] audio = speech("look me up");
        Exchange submitted = template.request(sandboxUri("aimlapi", "speechToText", "wait=false"), e -> e.getMessage().setBody(audio));
        String id = submitted.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);
        assertThat(id).isNotBlank();
        assertThat(submitted.getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("SUBMITTED");

        SpeechJob job = null;
        for (int i = 0; i < 50 && (job == null || !job.state().isFinal()); i++) {
            Thread.sleep(100);
            job = template.request(sandboxUri("aimlapi", "getJob", ""),
                    e -> e.getMessage().setHeader(SpeechConstants.JOB_ID, id)).getMessage().getBody(SpeechJob.class);
        }
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(job.providerState()).isEqualTo("completed");
    }

    @Test
    void aFailedGenerationRaisesWithItsId() {
        sandbox.jobs().failNext("aimlapi", "audio could not be decoded");
        byte[] audio = speech("fail");
        Exchange result = template.request(sandboxUri("aimlapi", "speechToText", ""), e -> e.getMessage().setBody(audio));
        assertThat(result.getException()).isInstanceOf(SpeechJobException.class).hasMessageContaining("audio could not be decoded");
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_ID)).isNotNull();
    }

    @Test
    void aJobTimeoutRaisesWithTheId() {
        sandbox.jobs().stallNext("aimlapi");
        byte[] audio = speech("stall");
        Exchange result = template.request(sandboxUri("aimlapi", "speechToText", "jobTimeout=300"), e -> e.getMessage().setBody(audio));
        assertThat(result.getException()).isInstanceOf(SpeechJobException.class);
        assertThat(((SpeechJobException) result.getException()).getReason()).isEqualTo(SpeechJobException.Reason.TIMEOUT);
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_ID)).isNotNull();
    }
}
