package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.camelspeech.sandbox.testing.TestAudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AimlApiSttTest {

    private static final String[] AUTH = {"Authorization", "Bearer sandbox-key"};

    private SpeechSandbox sandbox;
    private ProviderHttp http;
    private String api;
    private HttpServer audioHost;
    private final AtomicInteger audioRequests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        sandbox = SpeechSandbox.start(SandboxConfig.builder().jobDuration(Duration.ofMillis(1500)).build());
        http = new ProviderHttp();
        api = sandbox.providerBaseUrl("aimlapi");
        audioHost = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        audioHost.start();
    }

    @AfterEach
    void stop() {
        audioHost.stop(0);
        sandbox.close();
    }

    @Test
    void uploadedAudioIsWaitingThenActiveThenCompletedWithTheSpokenWords() throws Exception {
        String text = "The quick brown fox jumps.";
        byte[] speech = new TtsAiClient(sandbox).postJson("/tts/", TtsAiClient.ttsBody(text, "wav")).body();

        HttpResponse<byte[]> created = http.postMultipart(api + "/stt/create", new MultipartBody()
                .field("model", "#g1_whisper-large")
                .file("audio", "speech.wav", "audio/wav", speech), AUTH);

        assertThat(api).isEqualTo(sandbox.baseUrl() + "/aimlapi/v1");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = ProviderHttp.json(created).get("generation_id").asText();
        assertThat(poll(id).get("status").asText()).isEqualTo("waiting");
        JsonNode active = ProviderHttp.pollUntil(() -> poll(id), json -> !json.get("status").asText().equals("waiting"),
                Duration.ofSeconds(10));
        assertThat(active.get("status").asText()).isEqualTo("active");

        JsonNode done = ProviderHttp.pollUntil(() -> poll(id), json -> json.get("status").asText().equals("completed"),
                Duration.ofSeconds(10));
        JsonNode alternative = done.get("result").get("results").get("channels").get(0).get("alternatives").get(0);
        assertThat(alternative.get("transcript").asText()).isEqualTo(text);
        assertThat(alternative.get("confidence").asDouble()).isEqualTo(0.98);
        assertThat(alternative.get("words")).hasSize(5);
        assertThat(alternative.get("words").get(0).get("word").asText()).isEqualTo("the");
        double duration = done.get("result").get("metadata").get("duration").asDouble();
        assertThat(duration).isCloseTo(text.length() * 0.06, within(0.01));
        assertThat(alternative.get("words").get(4).get("end").asDouble()).isCloseTo(duration, within(0.01));
        assertThat(sandbox.jobs().created("aimlapi")).isEqualTo(1);
    }

    @Test
    void urlInputIsFetchedFromTheAudioHostThenTranscribed() throws Exception {
        String text = "Fetched from a URL.";
        byte[] speech = new TtsAiClient(sandbox).postJson("/tts/", TtsAiClient.ttsBody(text, "wav")).body();
        serve("/audio/sample.wav", 200, speech);

        HttpResponse<byte[]> created = http.postJson(api + "/stt/create",
                "{\"model\": \"#g1_whisper-large\", \"url\": \"" + audioUrl("/audio/sample.wav") + "\"}", AUTH);

        assertThat(created.statusCode()).isEqualTo(201);
        String id = ProviderHttp.json(created).get("generation_id").asText();
        JsonNode done = ProviderHttp.pollUntil(() -> poll(id), json -> json.get("status").asText().equals("completed"),
                Duration.ofSeconds(10));
        assertThat(done.get("result").get("results").get("channels").get(0).get("alternatives").get(0)
                .get("transcript").asText()).isEqualTo(text);
        assertThat(audioRequests.get()).isEqualTo(1);
    }

    @Test
    void aUrlThatCannotBeFetchedFailsTheGeneration() throws Exception {
        serve("/audio/missing.mp3", 404, new byte[0]);

        HttpResponse<byte[]> created = http.postJson(api + "/stt/create",
                "{\"url\": \"" + audioUrl("/audio/missing.mp3") + "\"}", AUTH);

        String id = ProviderHttp.json(created).get("generation_id").asText();
        JsonNode failed = ProviderHttp.pollUntil(() -> poll(id), json -> json.get("status").asText().equals("failed"),
                Duration.ofSeconds(10));
        assertThat(failed.get("error").asText()).contains("HTTP 404").contains("/audio/missing.mp3");
    }

    @Test
    void failNextFailsWithTheReasonAndStallNextStaysActive() throws Exception {
        sandbox.close();
        sandbox = SpeechSandbox.start(SandboxConfig.builder().jobDuration(Duration.ofMillis(200)).build());
        api = sandbox.providerBaseUrl("aimlapi");
        sandbox.jobs().failNext("aimlapi", "model overloaded");
        sandbox.jobs().stallNext("aimlapi");
        String failing = createFromUpload();
        String stalling = createFromUpload();
        String normal = createFromUpload();

        JsonNode failed = ProviderHttp.pollUntil(() -> poll(failing),
                json -> !json.get("status").asText().matches("waiting|active"), Duration.ofSeconds(10));
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("error").asText()).isEqualTo("model overloaded");
        ProviderHttp.pollUntil(() -> poll(normal), json -> json.get("status").asText().equals("completed"),
                Duration.ofSeconds(10));
        assertThat(poll(stalling).get("status").asText()).isEqualTo("active");
        assertThat(sandbox.jobs().created("aimlapi")).isEqualTo(3);
    }

    @Test
    void errorsCarryStatusCodeAndMessage() throws Exception {
        HttpResponse<byte[]> badKey = http.postJson(api + "/stt/create", "{\"url\": \"http://x/a.mp3\"}",
                "Authorization", "Bearer wrong");
        assertThat(badKey.statusCode()).isEqualTo(401);
        assertThat(ProviderHttp.json(badKey).get("statusCode").asInt()).isEqualTo(401);
        assertThat(ProviderHttp.json(badKey).get("message").asText()).isEqualTo("Invalid API key");

        HttpResponse<byte[]> badModel = http.postJson(api + "/stt/create",
                "{\"model\": \"whisper-1\", \"url\": \"http://x/a.mp3\"}", AUTH);
        assertThat(badModel.statusCode()).isEqualTo(400);
        assertThat(ProviderHttp.json(badModel).get("message").asText()).contains("#g1_whisper-large");

        HttpResponse<byte[]> noAudio = http.postMultipart(api + "/stt/create",
                new MultipartBody().field("model", "#g1_whisper-large"), AUTH);
        assertThat(noAudio.statusCode()).isEqualTo(400);
        assertThat(ProviderHttp.json(noAudio).get("message").asText()).contains("audio");

        HttpResponse<byte[]> notAudio = http.postMultipart(api + "/stt/create",
                new MultipartBody().file("audio", "a.txt", "text/plain", "hello".getBytes()), AUTH);
        assertThat(notAudio.statusCode()).isEqualTo(400);

        HttpResponse<byte[]> unknown = http.get(api + "/stt/6a0f0000-0000-0000-0000-000000000000", AUTH);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ProviderHttp.json(unknown).get("error").asText()).isEqualTo("Not Found");
        assertThat(sandbox.jobs().created("aimlapi")).isZero();
    }

    private String createFromUpload() throws Exception {
        HttpResponse<byte[]> created = http.postMultipart(api + "/stt/create",
                new MultipartBody().file("audio", "a.wav", "audio/wav", TestAudio.Wav.pcm8(8000).silence(2)), AUTH);
        assertThat(created.statusCode()).isEqualTo(201);
        return ProviderHttp.json(created).get("generation_id").asText();
    }

    private JsonNode poll(String id) throws Exception {
        HttpResponse<byte[]> response = http.get(api + "/stt/" + id, AUTH);
        assertThat(response.statusCode()).isEqualTo(200);
        return ProviderHttp.json(response);
    }

    private void serve(String path, int status, byte[] body) {
        audioHost.createContext(path, exchange -> {
            audioRequests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "audio/wav");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private String audioUrl(String path) {
        return "http://127.0.0.1:" + audioHost.getAddress().getPort() + path;
    }
}
