package io.camelspeech.sandbox.aimlapi;

import io.camelspeech.sandbox.UploadedFile;
import io.camelspeech.sandbox.audio.InspectedAudio;
import io.camelspeech.sandbox.audio.UploadInspector;
import io.camelspeech.sandbox.spi.DaemonThreads;
import io.camelspeech.sandbox.spi.ReceivedFile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Fetches the audio of a URL input in the background, streaming it through an {@link UploadInspector}, so a large
 * file costs no more memory than an upload does.
 */
final class AudioUrlFetcher implements AutoCloseable {

    private final ExecutorService executor = Executors.newCachedThreadPool(DaemonThreads.named("aimlapi-fetch"));
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(AimlApiAssumptions.CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .executor(executor)
            .build();

    /** The facts of the audio at {@code url}; fails with a message fit for the generation's {@code error}. */
    CompletableFuture<ReceivedFile> fetch(URI url) {
        UploadInspector inspector = new UploadInspector();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(AimlApiAssumptions.FETCH_TIMEOUT)
                .header("User-Agent", "camel-speech-sandbox")
                .GET()
                .build();
        return client.sendAsync(request, info -> info.statusCode() / 100 == 2
                        ? HttpResponse.BodySubscribers.ofByteArrayConsumer(chunk ->
                                chunk.ifPresent(bytes -> inspector.write(bytes, 0, bytes.length)))
                        : HttpResponse.BodySubscribers.discarding())
                .orTimeout(AimlApiAssumptions.FETCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(response -> received(url, response, inspector));
    }

    private static ReceivedFile received(URI url, HttpResponse<Void> response, UploadInspector inspector) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the URL answered HTTP " + response.statusCode());
        }
        InspectedAudio audio = inspector.result();
        if (audio.size() == 0) {
            throw new IllegalStateException("the URL answered an empty body");
        }
        String path = url.getPath() == null ? "" : url.getPath();
        UploadedFile facts = new UploadedFile("url", path.substring(path.lastIndexOf('/') + 1),
                response.headers().firstValue("Content-Type").orElse(null), audio.size(), audio.sha256(),
                audio.format());
        return new ReceivedFile(facts, audio.wav());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
