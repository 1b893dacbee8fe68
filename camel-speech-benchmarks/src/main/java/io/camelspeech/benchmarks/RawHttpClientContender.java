package io.camelspeech.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The floor: java.net.http's sendAsync with the same JSON body and Bearer header, nothing else. */
final class RawHttpClientContender implements Contender {

    private final URI ttsUri;
    private final byte[] body;
    private HttpClient client;

    RawHttpClientContender(String ttsaiBaseUrl) throws IOException {
        this.ttsUri = URI.create(ttsaiBaseUrl + TtsRequest.PATH);
        this.body = new ObjectMapper().writeValueAsBytes(TtsRequest.fields(TtsRequest.TEXT));
    }

    @Override
    public String key() {
        return "raw";
    }

    @Override
    public void start() {
        client = HttpClient.newHttpClient();
    }

    @Override
    public RunStats run(int requests, int concurrency, Duration limit) throws InterruptedException {
        return AsyncLoad.run(requests, concurrency, limit, i -> send());
    }

    private CompletableFuture<byte[]> send() {
        HttpRequest request = HttpRequest.newBuilder(ttsUri)
                .header("Authorization", TtsRequest.AUTHORIZATION)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (response.statusCode() != 200 || response.body().length == 0) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            return response.body();
        });
    }

    @Override
    public void close() {
        client = null; // Java 17's HttpClient has no close(): unreferenced, its selector thread ends by itself
    }
}
