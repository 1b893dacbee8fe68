package io.camelspeech.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.component.platform.http.main.ManagementHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as started by the README's command: its callback server and its health and dev console server
 * listen on loopback only, the URLs it prints answer, and no endpoint it created carries a key in its URI.
 */
class ManagementEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    @Test
    void healthAndDevConsoleAnswerOnLoopbackAndNoUriHoldsAKey() throws Exception {
        try (SpeechExamplesApplication application = SpeechExamplesApplication.create(work, false)) {
            application.start();
            CamelContext context = application.main().getCamelContext();

            assertThat(application.healthUrl()).startsWith("http://127.0.0.1:").endsWith("/observe/health");
            assertThat(application.devConsoleUrl()).startsWith("http://127.0.0.1:").endsWith("/q/dev");
            // loopback: SPEECH_CALLBACK_BASE_URL is not set in a test run
            assertThat(context.hasService(MainHttpServer.class).getHost()).as("callback server").isEqualTo("127.0.0.1");
            assertThat(context.hasService(ManagementHttpServer.class).getHost()).as("health and dev console server")
                    .isEqualTo("127.0.0.1");

            // every check listed (camel.health.exposure-level=full): the context and the routes, the callback one too
            HttpResponse<String> health = getWhenUp(application.healthUrl() + "?data=true");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            JsonNode checks = JSON.readTree(health.body());
            assertThat(checks.path("status").asText()).as(health.body()).isEqualTo("UP");
            List<String> names = checks.path("checks").findValuesAsText("name");
            assertThat(names).contains("context", "route:tencent-completions", "route:s3-tts", "route:s3-stt");
            assertThat(checks.path("checks").findValuesAsText("context.name")).containsExactly("camel-speech-examples");

            HttpResponse<String> consoles = get(application.devConsoleUrl());
            assertThat(consoles.statusCode()).as(consoles.body()).isEqualTo(200);
            assertThat(consoles.body()).as("the list of consoles").contains("health:", "route:", "endpoint:")
                    .doesNotContain("not enabled");
            HttpResponse<String> routes = get(application.devConsoleUrl() + "/route");
            assertThat(routes.statusCode()).isEqualTo(200);
            assertThat(routes.body()).as("the route console").contains("tencent-completions", "speech://tencent:jobs");
            HttpResponse<String> endpoints = get(application.devConsoleUrl() + "/endpoint");
            assertThat(endpoints.statusCode()).isEqualTo(200);
            assertThat(endpoints.body()).as("the endpoint console").contains("speech://ttsai:textToSpeech")
                    .doesNotContain("sandbox-key", "sandbox-secret", EmbeddedS3.SECRET_KEY);

            // what Camel would print at DEBUG/TRACE: the resolved URIs of every endpoint, without a key
            for (Endpoint endpoint : context.getEndpoints()) {
                assertThat(endpoint.getEndpointUri()).as("a resolved endpoint URI")
                        .doesNotContainPattern("(?i)(apiKey|secretKey|secretId|accessKey|token)=")
                        .doesNotContain("sandbox-key", "sandbox-secret", "sandbox-id", EmbeddedS3.SECRET_KEY);
            }
        }
    }

    /** Health is DOWN (503) until the routes have started: wait for UP, up to 30 s. */
    private static HttpResponse<String> getWhenUp(String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response = get(url);
        while (response.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            response = get(url);
        }
        return response;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
