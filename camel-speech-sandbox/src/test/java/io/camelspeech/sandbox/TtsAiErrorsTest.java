package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.sandbox.ttsai.TtsAiConfig;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class TtsAiErrorsTest {

    @Test
    void missingOrWrongKeyIs401WithTheDocumentedBody() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start()) {
            TtsAiClient client = new TtsAiClient(sandbox);

            HttpResponse<byte[]> missing = client.send(client.request("/models/", null).GET().build());
            HttpResponse<byte[]> wrong = client.postJson("/tts/", TtsAiClient.ttsBody("Hi", "wav"), "sk-tts-wrong");

            for (HttpResponse<byte[]> response : List.of(missing, wrong)) {
                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
                JsonNode body = TtsAiClient.json(response);
                assertThat(body.fieldNames()).toIterable().containsExactly("error");
                assertThat(body.get("error").fieldNames()).toIterable().containsExactly("code", "message");
                assertThat(body.get("error").get("code").asText()).isEqualTo("unauthorized");
            }
        }
    }

    @Test
    void aKeyWithoutApiAccessIs403() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start()) {
            HttpResponse<byte[]> response = new TtsAiClient(sandbox)
                    .postJson("/tts/", TtsAiClient.ttsBody("Hi", "wav"), TtsAiConfig.DEFAULT_FORBIDDEN_KEY);

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(TtsAiClient.json(response).get("error").get("code").asText()).isEqualTo("forbidden");
        }
    }

    @Test
    void missingRequiredFieldIs400NamingTheField() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start()) {
            HttpResponse<byte[]> response = new TtsAiClient(sandbox)
                    .postJson("/tts/", "{\"model\":\"kokoro\",\"voice\":\"af_bella\"}");

            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode error = TtsAiClient.json(response).get("error");
            assertThat(error.get("code").asText()).isEqualTo("bad_request");
            assertThat(error.get("message").asText()).contains("text");
        }
    }

    @Test
    void unknownVoiceIs404() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start()) {
            HttpResponse<byte[]> response = new TtsAiClient(sandbox)
                    .postJson("/tts/", "{\"model\":\"kokoro\",\"text\":\"Hi\",\"voice\":\"zz_nobody\"}");

            assertThat(response.statusCode()).isEqualTo(404);
            JsonNode error = TtsAiClient.json(response).get("error");
            assertThat(error.get("code").asText()).isEqualTo("not_found");
            assertThat(error.get("message").asText()).contains("zz_nobody");
        }
    }

    @Test
    void textLongerThanThePlanAllowsIs400() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start(SandboxConfig.builder().ttsaiPlan("pro").build())) {
            TtsAiClient client = new TtsAiClient(sandbox);

            assertThat(client.postJson("/tts/", TtsAiClient.ttsBody("a".repeat(5_000), "wav")).statusCode()).isEqualTo(200);
            HttpResponse<byte[]> tooLong = client.postJson("/tts/", TtsAiClient.ttsBody("a".repeat(5_001), "wav"));
            assertThat(tooLong.statusCode()).isEqualTo(400);
            assertThat(TtsAiClient.json(tooLong).get("error").get("message").asText()).contains("5000");
        }
    }

    @Test
    void runningOutOfCreditsIs402WithRequiredAndAvailable() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start(SandboxConfig.builder().credits(5).build())) {
            TtsAiClient client = new TtsAiClient(sandbox);

            HttpResponse<byte[]> first = client.postJson("/tts/", TtsAiClient.ttsBody("Hello", "wav"));
            assertThat(first.headers().firstValue("X-Credits-Used")).hasValue("2");
            assertThat(first.headers().firstValue("X-Credits-Remaining")).hasValue("3");

            HttpResponse<byte[]> premium = client.postJson("/tts/",
                    "{\"model\":\"chatterbox\",\"text\":\"Hello\",\"voice\":\"af_bella\"}");
            assertThat(premium.statusCode()).isEqualTo(402);
            JsonNode error = TtsAiClient.json(premium).get("error");
            assertThat(error.get("code").asText()).isEqualTo("insufficient_credits");
            assertThat(error.get("credits_required").asLong()).isEqualTo(4);
            assertThat(error.get("credits_available").asLong()).isEqualTo(3);
        }
    }

    @Test
    void everyResponseCarriesRateLimitHeaders() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start()) {
            TtsAiClient client = new TtsAiClient(sandbox);
            List<HttpResponse<byte[]>> responses = List.of(
                    client.get("/models/"),
                    client.send(client.request("/models/", null).GET().build()),
                    client.get("/no-such-endpoint/"),
                    client.postJson("/tts/", TtsAiClient.ttsBody("Hi", "wav")));
            long now = Instant.now().getEpochSecond();

            for (HttpResponse<byte[]> response : responses) {
                assertThat(response.headers().firstValue("X-RateLimit-Limit")).hasValue("300");
                assertThat(response.headers().firstValue("X-RateLimit-Remaining")).isPresent();
                long reset = Long.parseLong(response.headers().firstValue("X-RateLimit-Reset").orElseThrow());
                assertThat(reset).isBetween(now, now + 61);
            }
            assertThat(responses.get(3).headers().firstValue("X-RateLimit-Remaining")).hasValue("297");
        }
    }

    @Test
    void enforcedRateLimitRefusesTheRequestAfterThePlanLimit() throws Exception {
        SandboxConfig config = SandboxConfig.builder().ttsaiPlan("pro").enforceRateLimits(true).build();
        try (SpeechSandbox sandbox = SpeechSandbox.start(config)) {
            TtsAiClient client = new TtsAiClient(sandbox);
            for (int i = 0; i < 60; i++) {
                assertThat(client.get("/models/").statusCode()).isEqualTo(200);
            }

            HttpResponse<byte[]> refused = client.get("/models/");

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(TtsAiClient.json(refused).get("error").get("code").asText()).isEqualTo("rate_limited");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        }
    }

    @Test
    void enforcedConcurrencyLimitRefusesTheSixthParallelRequestOnPro() throws Exception {
        SandboxConfig config = SandboxConfig.builder().ttsaiPlan("pro").enforceRateLimits(true).build();
        try (SpeechSandbox sandbox = SpeechSandbox.start(config)) {
            TtsAiClient client = new TtsAiClient(sandbox);
            sandbox.faults().enqueue("/models", Fault.delay(Duration.ofSeconds(2)), 5);
            List<CompletableFuture<HttpResponse<byte[]>>> slow = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                slow.add(client.getAsync("/models/"));
            }
            // a fault is drawn only after admission, so five injected faults mean five requests in progress
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (sandbox.faults().injectedCount() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            assertThat(client.get("/models/").statusCode()).isEqualTo(429);
            for (CompletableFuture<HttpResponse<byte[]>> request : slow) {
                assertThat(request.get().statusCode()).isEqualTo(200);
            }
        }
    }
}
