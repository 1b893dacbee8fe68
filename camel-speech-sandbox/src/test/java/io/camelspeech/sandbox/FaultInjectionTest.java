package io.camelspeech.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camelspeech.sandbox.testing.TestAudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest {

    private SpeechSandbox sandbox;
    private TtsAiClient client;

    @BeforeEach
    void start() {
        sandbox = SpeechSandbox.start();
        client = new TtsAiClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void queuedRateLimitAnswers429WithRetryAfterThenServiceResumes() throws Exception {
        sandbox.faults().enqueue("/v1/tts/", Fault.rateLimited(7), 1);

        HttpResponse<byte[]> limited = client.postJson("/tts/", TtsAiClient.ttsBody("Hi", "wav"));
        HttpResponse<byte[]> next = client.postJson("/tts/", TtsAiClient.ttsBody("Hi", "wav"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(TtsAiClient.json(limited).get("error").get("code").asText()).isEqualTo("rate_limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        long reset = Long.parseLong(limited.headers().firstValue("X-RateLimit-Reset").orElseThrow());
        assertThat(reset).isBetween(Instant.now().getEpochSecond() + 5, Instant.now().getEpochSecond() + 8);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(sandbox.faults().injectedCount()).isEqualTo(1);
        assertThat(sandbox.wire().requests("/v1/tts/").get(0).responseStatus()).isEqualTo(429);
    }

    @Test
    void queuedFaultsApplyInEnqueueOrderOnlyToMatchingPaths() throws Exception {
        sandbox.faults().enqueue("/v1/tts/", Fault.internalError(), 1);
        sandbox.faults().enqueue("/v1/tts/", Fault.modelLoading(), 1);

        int models = client.get("/models/").statusCode();
        int first = client.postJson("/tts/", TtsAiClient.ttsBody("Hi", "wav")).statusCode();
        int second = client.postJson("/tts/", TtsAiClient.ttsBody("Hi", "wav")).statusCode();
        int third = client.postJson("/tts/", TtsAiClient.ttsBody("Hi", "wav")).statusCode();

        assertThat(List.of(models, first, second, third)).containsExactly(200, 500, 503, 200);
    }

    @Test
    void droppedConnectionIsAnIOExceptionForTheClient() throws Exception {
        sandbox.faults().enqueue("/stt", Fault.dropConnection(), 1);
        MultipartBody body = new MultipartBody().file("file", "a.wav", "audio/wav", new byte[1000]);

        assertThatThrownBy(() -> client.postMultipart("/stt/", body)).isInstanceOf(IOException.class);

        RecordedRequest dropped = sandbox.wire().last();
        assertThat(dropped.responseStatus()).isZero();
        assertThat(dropped.files().get("file").size()).isEqualTo(1000);
    }

    @Test
    void errorFaultOnALargeMultipartUploadIsStillReadByTheClient() throws Exception {
        sandbox.faults().enqueue("/stt", Fault.status(503, "model_loading", "warming up"), 1);
        long size = 32L * 1024 * 1024;

        HttpResponse<byte[]> response = client.send(StreamedUpload.request(client, "/stt/", "big.mp3", "audio/mpeg",
                new byte[0], TestAudio.noise(size), size));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(TtsAiClient.json(response).get("error").get("message").asText()).isEqualTo("warming up");
        assertThat(sandbox.wire().last().files().get("file").size()).isEqualTo(size);
        assertThat(sandbox.wire().last().formFields()).containsEntry("model", "whisper");
    }

    @Test
    void insufficientCreditsFaultCarriesTheDocumentedExtras() throws Exception {
        sandbox.faults().enqueue("/v1/tts/", Fault.insufficientCredits(12, 3), 1);

        HttpResponse<byte[]> response = client.postJson("/tts/", TtsAiClient.ttsBody("Hi", "wav"));

        assertThat(response.statusCode()).isEqualTo(402);
        assertThat(TtsAiClient.json(response).get("error").get("credits_required").asLong()).isEqualTo(12);
        assertThat(TtsAiClient.json(response).get("error").get("credits_available").asLong()).isEqualTo(3);
    }

    @Test
    void malformedJsonIsA200ThatDoesNotParse() throws Exception {
        sandbox.faults().enqueue("/models", Fault.malformedJson(), 1);

        HttpResponse<byte[]> response = client.get("/models/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThatThrownBy(() -> TtsAiClient.JSON.readTree(response.body())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void delayedAnswerIsNormalButLate() throws Exception {
        sandbox.faults().enqueue("/models", Fault.delay(Duration.ofMillis(300)), 1);

        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.get("/models/");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void randomFaultsAreReproducibleForASeed() throws Exception {
        List<Integer> firstRun = statusesWithRandomFaults(7L);
        List<Integer> secondRun = statusesWithRandomFaults(7L);

        assertThat(firstRun).isEqualTo(secondRun);
        assertThat(firstRun).contains(200).containsAnyOf(429, 500);
    }

    private List<Integer> statusesWithRandomFaults(long seed) throws Exception {
        sandbox.faults().clear();
        sandbox.faults().randomly(0.5, seed, Fault.rateLimited(1), Fault.internalError());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(client.get("/models/").statusCode());
        }
        return statuses;
    }
}
