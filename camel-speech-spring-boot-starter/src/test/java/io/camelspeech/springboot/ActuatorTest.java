package io.camelspeech.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The actuator of a Boot application with the starter: Camel's health checks in /actuator/health (camel-spring-boot's
 * indicator, camel.health.*) with the speech producer's readiness check among them; the credentials masked in
 * /actuator/configprops and /actuator/env although their values are shown.
 */
@SpringBootTest(classes = SpeechStarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {
                        "management.endpoints.web.exposure.include=health,configprops,env",
                        "management.endpoint.health.show-details=always",
                        "management.endpoint.configprops.show-values=always",
                        "management.endpoint.env.show-values=always",
                        "camel.health.enabled=true",
                        "camel.health.producers-enabled=true",
                        "camel.health.exposure-level=full" })
class ActuatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        TestSandbox.ttsaiBaseUrl(registry);
    }

    @LocalServerPort
    private int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first field, anywhere in the document, whose name starts with {@code prefix}. */
    private static Map.Entry<String, JsonNode> field(JsonNode node, String prefix) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().startsWith(prefix)) {
                return field;
            }
            Map.Entry<String, JsonNode> inside = field(field.getValue(), prefix);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    @Test
    void healthListsTheSpeechProducersCheck() throws Exception {
        HttpResponse<String> health = null;
        Map.Entry<String, JsonNode> check = null;
        // the first probe of the provider may still be under way: readiness settles within a few checks
        for (int attempt = 0; attempt < 50; attempt++) {
            health = get("/actuator/health");
            check = field(JSON.readTree(health.body()), "producer:speech-ttsai-textToSpeech");
            if (health.statusCode() == 200 && check != null && "UP".equals(check.getValue().asText())) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(check).as("the speech producer's check in " + health.body()).isNotNull();
        assertThat(check.getValue().asText()).as(health.body()).isEqualTo("UP");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void configpropsShowsTheOptionsButNotTheCredentials() throws Exception {
        HttpResponse<String> configprops = get("/actuator/configprops");

        assertThat(configprops.statusCode()).isEqualTo(200);
        assertThat(configprops.body()).contains("camel.component.speech")
                .contains(TestSandbox.get().providerBaseUrl("ttsai")) // values are shown...
                .contains("ttsai.apiKey")
                .doesNotContain(TestSandbox.TTSAI_KEY) // ...but not the credentials
                .contains("******");
    }

    @Test
    void envDoesNotShowTheCredentialsEither() throws Exception {
        HttpResponse<String> env = get("/actuator/env");

        assertThat(env.statusCode()).isEqualTo(200);
        assertThat(env.body()).contains("camel.component.speech.credentials[ttsai.apiKey]")
                .contains("camel.component.speech.job-store-directory")
                .doesNotContain(TestSandbox.TTSAI_KEY);
    }
}
