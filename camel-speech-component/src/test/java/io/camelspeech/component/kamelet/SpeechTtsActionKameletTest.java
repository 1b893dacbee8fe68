package io.camelspeech.component.kamelet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.component.SpeechComponent;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** speech-tts-action: text in, audio out, the Kamelet's properties on the wire and absent ones left out. */
class SpeechTtsActionKameletTest extends KameletTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tts")
                        .to("kamelet:speech-tts-action?provider=ttsai&voice=af_bella&model=kokoro&format=wav&speed=1.2"
                            + atSandbox("ttsai"))
                        .to("mock:tts");
                from("direct:openai")
                        .to("kamelet:speech-tts-action?provider=openai&voice=coral&format=wav"
                            + "&instructions=RAW(Calm & clear + slow)" + atSandbox("openai"))
                        .to("mock:openai");
            }
        };
    }

    @Test
    void theBodyIsSpokenWithTheKameletsPropertiesAndAbsentOnesAreLeftOut() {
        Exchange result = template.request("direct:tts", e -> e.getMessage().setBody("Hello from a Kamelet"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(byte[].class)).startsWith("RIFF".getBytes());
        assertThat(result.getMessage().getHeader(SpeechConstants.PROVIDER)).isEqualTo("ttsai");

        RecordedRequest request = sandbox.wire().last();
        assertThat(request.path()).isEqualTo("/ttsai/v1/tts/");
        assertThat(request.header("Authorization")).isEqualTo("Bearer sandbox-key");
        JsonNode json = request.json();
        assertThat(json.get("text").asText()).isEqualTo("Hello from a Kamelet");
        assertThat(json.get("voice").asText()).isEqualTo("af_bella");
        assertThat(json.get("model").asText()).isEqualTo("kokoro");
        assertThat(json.get("format").asText()).isEqualTo("wav");
        assertThat(json.get("speed").asDouble()).isEqualTo(1.2);
        assertThat(json.has("language")).as("language was not set on the Kamelet").isFalse();

        // {{?language}}, {{?instructions}}... with no value are dropped from the URI, not sent as empty options
        String uri = speechEndpointUri("ttsai:textToSpeech");
        assertThat(uri).contains("voice=af_bella").doesNotContain("language").doesNotContain("instructions");
    }

    @Test
    void aHeaderOverridesTheKameletsVoiceForOneMessage() {
        Exchange result = template.request("direct:tts", e -> {
            e.getMessage().setBody("another voice");
            e.getMessage().setHeader(SpeechConstants.VOICE, "am_adam");
        });

        assertThat(result.getException()).isNull();
        assertThat(sandbox.wire().last().json().get("voice").asText()).isEqualTo("am_adam");
    }

    @Test
    void openAiGetsItsOwnWireNames() {
        Exchange result = template.request("direct:openai", e -> e.getMessage().setBody("Mind the gap"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(byte[].class)).startsWith("RIFF".getBytes());
        RecordedRequest request = sandbox.wire().last();
        assertThat(request.path()).endsWith("/audio/speech");
        assertThat(request.header("Authorization")).isEqualTo("Bearer sandbox-key");
        assertThat(request.json().get("input").asText()).isEqualTo("Mind the gap");
        assertThat(request.json().get("voice").asText()).isEqualTo("coral");
        assertThat(request.json().get("response_format").asText()).isEqualTo("wav");
        assertThat(request.json().get("instructions").asText()).as("free text reaches the provider whole").isEqualTo("Calm & clear + slow");
    }

    @Test
    void withoutAnApiKeyPropertyTheComponentsCredentialsAreUsed() throws Exception {
        try (DefaultCamelContext other = new DefaultCamelContext()) {
            other.getRegistry().bind("jobStore", new io.camelspeech.component.store.InMemoryJobStore());
            SpeechComponent speech = new SpeechComponent();
            speech.getCredentials().put("ttsai.apiKey", "sandbox-key");
            other.addComponent("speech", speech);
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:tts").to("kamelet:speech-tts-action?voice=af_bella&baseUrl=" + sandbox.providerBaseUrl("ttsai"));
                }
            });
            other.start();

            Exchange result = other.createProducerTemplate().request("direct:tts", e -> e.getMessage().setBody("no key in the URI"));

            assertThat(result.getException()).isNull();
            assertThat(sandbox.wire().last().header("Authorization")).isEqualTo("Bearer sandbox-key");
            assertThat(sandbox.wire().last().json().get("model").asText()).as("the provider's default model").isEqualTo("kokoro");
        }
    }

    @Test
    void aPropertyTheProviderDoesNotTakeFailsAtStartNamingIt() {
        DefaultCamelContext other = new DefaultCamelContext();
        try {
            assertThatThrownBy(() -> {
                other.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:tts").to("kamelet:speech-tts-action?provider=openai&voice=coral&language=en"
                                              + atSandbox("openai"));
                    }
                });
                other.start();
            }).hasStackTraceContaining("The option 'language' does not apply to speech:openai:textToSpeech");
            assertThat(sandbox.wire().requests()).as("nothing was sent").isEmpty();
        } finally {
            other.stop();
        }
    }
}
