package io.camelspeech.component.kamelet;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.model.Transcript;
import io.camelspeech.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/** speech-stt-action: audio in, a Transcript (or its text) out, over TTS.ai, OpenAI and AI/ML API's jobs. */
class SpeechSttActionKameletTest extends KameletTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ttsai")
                        .to("kamelet:speech-stt-action?provider=ttsai&language=en&timestamps=true" + atSandbox("ttsai"));
                from("direct:text")
                        .to("kamelet:speech-stt-action?textOnly=true" + atSandbox("ttsai"));
                from("direct:openai")
                        .to("kamelet:speech-stt-action?provider=openai&format=text" + atSandbox("openai"));
                from("direct:aimlapi")
                        .to("kamelet:speech-stt-action?provider=aimlapi&pollInterval=50&jobTimeout=10000" + atSandbox("aimlapi"));
                from("direct:aimlapi-nowait")
                        .to("kamelet:speech-stt-action?provider=aimlapi&wait=false" + atSandbox("aimlapi"));
            }
        };
    }

    @Test
    void theAudioBecomesATranscriptWithTheKameletsOptionsOnTheWire() {
        byte[] audio = speech("transcribed by a kamelet");

        Exchange result = template.request("direct:ttsai", e -> e.getMessage().setBody(audio));

        assertThat(result.getException()).isNull();
        Transcript transcript = result.getMessage().getBody(Transcript.class);
        assertThat(transcript.text()).isEqualTo("transcribed by a kamelet");
        assertThat(result.getMessage().getBody(String.class)).as("written as JSON where text is wanted")
                .contains("\"text\":\"transcribed by a kamelet\"");

        RecordedRequest request = sandbox.wire().last();
        assertThat(request.path()).isEqualTo("/ttsai/v1/stt/");
        assertThat(request.header("Authorization")).isEqualTo("Bearer sandbox-key");
        assertThat(request.files().get("file").size()).isEqualTo(audio.length);
        assertThat(request.formFields()).containsEntry("language", "en").containsEntry("timestamps", "true")
                .doesNotContainKey("diarize").doesNotContainKey("model");
    }

    @Test
    void textOnlyGivesThePlainText() {
        byte[] audio = speech("only the words");

        Exchange result = template.request("direct:text", e -> e.getMessage().setBody(audio));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("only the words");
        assertThat(sandbox.wire().last().formFields()).as("properties not set on this Kamelet are not sent")
                .doesNotContainKey("timestamps").doesNotContainKey("language").doesNotContainKey("diarize");
    }

    @Test
    void openAiTextFormatArrivesAsText() {
        byte[] audio = speech("plain text from openai");

        Exchange result = template.request("direct:openai", e -> e.getMessage().setBody(audio));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isInstanceOf(String.class);
        assertThat(result.getMessage().getBody(String.class).trim()).isEqualTo("plain text from openai");
        RecordedRequest request = sandbox.wire().last();
        assertThat(request.path()).endsWith("/audio/transcriptions");
        assertThat(request.formFields()).containsEntry("response_format", "text").containsEntry("model", "whisper-1");
    }

    @Test
    void aimlApiTranscribesThroughAJobThatTheKameletWaitsFor() {
        byte[] audio = speech("a job behind a kamelet");

        Exchange result = template.request("direct:aimlapi", e -> e.getMessage().setBody(audio));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(Transcript.class).text()).isEqualTo("a job behind a kamelet");
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("COMPLETED");
        String id = result.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);
        assertThat(id).isNotBlank();

        RecordedRequest create = sandbox.wire().requests("/aimlapi/v1/stt/create").get(0);
        assertThat(create.header("Authorization")).isEqualTo("Bearer sandbox-key");
        assertThat(create.formFields()).containsEntry("model", "#g1_whisper-large");
        assertThat(sandbox.wire().count("/aimlapi/v1/stt/" + id)).as("polled").isPositive();
    }

    @Test
    void withWaitFalseTheSubmittedJobComesBackAtOnce() {
        byte[] audio = speech("do not wait for me");

        Exchange result = template.request("direct:aimlapi-nowait", e -> e.getMessage().setBody(audio));

        assertThat(result.getException()).isNull();
        SpeechJob job = result.getMessage().getBody(SpeechJob.class);
        assertThat(job.state()).isIn(JobState.SUBMITTED, JobState.RUNNING);
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_ID)).isEqualTo(job.id());
    }
}
