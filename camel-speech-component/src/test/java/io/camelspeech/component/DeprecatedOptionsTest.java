package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * The previous release's option names (one name per provider for the same thing) keep working for one release, as URI
 * options and as headers, and reach the wire exactly as the shared names do.
 */
class DeprecatedOptionsTest extends SandboxTestSupport {

    private static final String STYLE = "a2b1c3d4-0000-4000-8000-000000000001";

    @Test
    void replicaNamesBecomeVoiceLanguageAndFormat() {
        byte[] source = speech("old names still convert");
        Exchange result = template.request(sandboxUri("replica", "speechToSpeech",
                "performerStyleId=" + STYLE + "&languageCode=en&extensions=mp3,wav"), e -> e.getMessage().setBody(source));

        assertThat(result.getException()).isNull();
        JsonNode create = sandbox.wire().requests("/replica/v2/speech/sts").get(0).json();
        assertThat(create.get("performer_style_id").asText()).isEqualTo(STYLE);
        assertThat(create.get("language_code").asText()).isEqualTo("en");
        String uuid = result.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);
        JsonNode extensions = sandbox.wire().requests("/speech/sts/" + uuid + "/start").get(0).json().get("extensions");
        assertThat(extensions).hasSize(2);
        assertThat(extensions.get(0).asText()).isEqualTo("mp3");
        assertThat(extensions.get(1).asText()).isEqualTo("wav");
    }

    @Test
    void tencentTimeoutInSecondsAndTheSharedDurationSendTheSameSeconds() {
        template.request(sandboxUri("tencent", "cloneVoice", "modelName=old_names_1&timeout=120"),
                e -> e.getMessage().setHeader(SpeechConstants.AUDIO_URL, "https://example.invalid/a.wav"));
        template.request(sandboxUri("tencent", "cloneVoice", "voice=new_names_1&providerJobTimeout=119500"),
                e -> e.getMessage().setHeader(SpeechConstants.AUDIO_URL, "https://example.invalid/b.wav"));

        var creates = sandbox.wire().requests("/tencent/release/job").stream()
                .filter(r -> "CreateJob".equals(r.json().get("action").asText())).map(RecordedRequest::json).toList();
        assertThat(creates).hasSize(2);
        for (JsonNode create : creates) {
            assertThat(create.get("createJobRequest").get("timeout").asLong()).isEqualTo(120);
        }
        assertThat(creates.get(0).toString()).contains("\"modelName\":\"old_names_1\"");
        assertThat(creates.get(1).toString()).contains("\"modelName\":\"new_names_1\"");
    }

    @Test
    void deprecatedHeadersOverrideLikeTheSharedOnes() {
        Exchange result = template.request(sandboxUri("tencent", "cloneVoice", "voice=from_the_uri"), e -> {
            e.getMessage().setHeader(SpeechConstants.AUDIO_URL, "https://example.invalid/c.wav");
            e.getMessage().setHeader("CamelSpeechModelName", "from_the_old_header");
        });

        assertThat(result.getException()).isNull();
        assertThat(sandbox.wire().requests("/tencent/release/job").get(0).json().toString())
                .contains("\"modelName\":\"from_the_old_header\"");
    }

    @Test
    void theOldAndTheNewNameTogetherAreRefusedNamingBoth() {
        assertThatThrownBy(() -> context.getEndpoint(sandboxUri("replica", "speechToSpeech",
                "performerStyleId=" + STYLE + "&voice=" + STYLE)))
                .rootCause().isInstanceOf(SpeechValidationException.class)
                .hasMessageContaining("'performerStyleId'").hasMessageContaining("'voice'");
        assertThat(sandbox.wire().requests()).isEmpty();
    }
}
