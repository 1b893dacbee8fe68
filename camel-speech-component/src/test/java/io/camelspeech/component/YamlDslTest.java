package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/** The same endpoint from the YAML DSL, options as parameters, as the README shows it. */
class YamlDslTest extends SandboxTestSupport {

    @Test
    void yamlRouteSpeaksThroughTtsAi() throws Exception {
        String yaml = """
                - route:
                    id: yaml-tts
                    from:
                      uri: direct:yaml-tts
                      steps:
                        - to:
                            uri: speech:ttsai:textToSpeech
                            parameters:
                              apiKey: sandbox-key
                              baseUrl: %s
                              model: kokoro
                              voice: af_bella
                              format: wav
                """.formatted(sandbox.providerBaseUrl("ttsai"));
        Resource resource = ResourceHelper.fromBytes("yaml-tts.camel.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        PluginHelper.getRoutesLoader(context).loadRoutes(resource);

        Exchange result = template.request("direct:yaml-tts", e -> e.getMessage().setBody("Hello from YAML"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(byte[].class)).startsWith("RIFF".getBytes());
        assertThat(sandbox.wire().last().json().get("text").asText()).isEqualTo("Hello from YAML");
        assertThat(sandbox.wire().last().json().get("voice").asText()).isEqualTo("af_bella");
    }
}
