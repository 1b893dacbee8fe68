package io.camelspeech.component.kamelet;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/** speech-voice-convert-action: audio in, the same speech in another voice out, over TTS.ai and Replica's jobs. */
class SpeechVoiceConvertActionKameletTest extends KameletTestSupport {

    private static final String STYLE = "a2b1c3d4-0000-4000-8000-000000000001";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ttsai")
                        .to("kamelet:speech-voice-convert-action?provider=ttsai&voice=am_adam&emotion=happy&speed=0.8"
                            + atSandbox("ttsai"));
                from("direct:replica")
                        .to("kamelet:speech-voice-convert-action?provider=replica&voice=" + STYLE
                            + "&format=wav&language=en&pollInterval=50&jobTimeout=10000" + atSandbox("replica"));
            }
        };
    }

    @Test
    void ttsAiSpeaksTheAudioAgainInTheKameletsVoice() {
        byte[] audio = speech("say it like adam");

        Exchange result = template.request("direct:ttsai", e -> e.getMessage().setBody(audio));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(byte[].class)).isNotEmpty();
        RecordedRequest request = sandbox.wire().last();
        assertThat(request.path()).isEqualTo("/ttsai/v1/speech-to-speech/");
        assertThat(request.header("Authorization")).isEqualTo("Bearer sandbox-key");
        assertThat(request.files().get("file").size()).isEqualTo(audio.length);
        assertThat(request.formFields()).containsEntry("voice", "am_adam").containsEntry("emotion", "happy")
                .containsEntry("speed", "0.8").doesNotContainKey("model");
    }

    @Test
    void replicaConvertsThroughAJobThatTheKameletWaitsFor() {
        byte[] audio = speech("convert me through replica");

        Exchange result = template.request("direct:replica", e -> e.getMessage().setBody(audio));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(byte[].class)).startsWith("RIFF".getBytes());
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("COMPLETED");
        String uuid = result.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);

        RecordedRequest create = sandbox.wire().requests("/replica/v2/speech/sts").get(0);
        assertThat(create.header("X-Api-Key")).isEqualTo("sandbox-key");
        assertThat(create.json().get("performer_style_id").asText()).isEqualTo(STYLE);
        assertThat(create.json().get("language_code").asText()).isEqualTo("en");
        assertThat(create.json().has("global_pace")).isFalse();
        RecordedRequest start = sandbox.wire().requests("/speech/sts/" + uuid + "/start").get(0);
        assertThat(start.json().get("extensions").get(0).asText()).isEqualTo("wav");
    }
}
