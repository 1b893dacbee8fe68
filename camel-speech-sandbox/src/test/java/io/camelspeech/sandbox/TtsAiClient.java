package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A java.net.http client for the sandbox's TTS.ai API, as a test would use it. */
final class TtsAiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = SandboxConfig.DEFAULT_API_KEY;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;

    TtsAiClient(SpeechSandbox sandbox) {
        this.baseUrl = sandbox.providerBaseUrl("ttsai");
    }

    HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                .timeout(Duration.ofMinutes(3));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    HttpResponse<byte[]> postJson(String path, String json, String key) throws IOException, InterruptedException {
        return send(request(path, key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<byte[]> postJson(String path, String json) throws IOException, InterruptedException {
        return postJson(path, json, KEY);
    }

    HttpResponse<byte[]> postMultipart(String path, MultipartBody body) throws IOException, InterruptedException {
        return send(request(path, KEY)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build());
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(request(path, KEY).GET().build());
    }

    CompletableFuture<HttpResponse<byte[]>> getAsync(String path) {
        return http.sendAsync(request(path, KEY).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tts/ request body for kokoro / af_bella. */
    static String ttsBody(String text, String format) {
        return JSON.createObjectNode()
                .put("model", "kokoro")
                .put("text", text)
                .put("voice", "af_bella")
                .put("format", format)
                .toString();
    }
}
