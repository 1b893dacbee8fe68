package io.camelspeech.component.kamelet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/** The Kamelets from a YAML route, as the README shows them: speak, then transcribe back, keys from properties. */
class YamlRouteKameletTest extends KameletTestSupport {

    @Test
    void aYamlRouteSpeaksAndTranscribesThroughTheKamelets() throws Exception {
        context.getPropertiesComponent().addInitialProperty("ttsai.key", "sandbox-key");
        context.getPropertiesComponent().addInitialProperty("ttsai.url", sandbox.providerBaseUrl("ttsai"));
        String yaml = """
                - route:
                    id: yaml-round-trip
                    from:
                      uri: direct:round-trip
                      steps:
                        - to:
                            uri: kamelet:speech-tts-action
                            parameters:
                              voice: af_bella
                              format: wav
                              apiKey: "{{ttsai.key}}"
                              baseUrl: "{{ttsai.url}}"
                        - to:
                            uri: kamelet:speech-stt-action
                            parameters:
                              textOnly: true
                              apiKey: "{{ttsai.key}}"
                              baseUrl: "{{ttsai.url}}"
                """;
        PluginHelper.getRoutesLoader(context)
                .loadRoutes(ResourceHelper.fromBytes("round-trip.camel.yaml", yaml.getBytes(StandardCharsets.UTF_8)));

        Exchange result = template.request("direct:round-trip", e -> e.getMessage().setBody("there and back again"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("there and back again");
        assertThat(sandbox.wire().requests()).extracting(r -> r.path()).containsExactly("/ttsai/v1/tts/", "/ttsai/v1/stt/");
    }
}
