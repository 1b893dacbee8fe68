package io.camelspeech.sandbox.spi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Posts JSON callbacks to clients after a delay, asynchronously; one attempt, failures are only logged. */
public final class WebhookSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("sandbox-webhook"));
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    /** Schedules a POST of the JSON the supplier builds at sending time (so it can carry a completion time). */
    public void postLater(URI target, Duration delay, Supplier<Object> payload) {
        scheduler.schedule(() -> post(target, payload.get()), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void post(URI target, Object payload) {
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "camel-speech-sandbox")
                .POST(HttpRequest.BodyPublishers.ofByteArray(SandboxJson.bytes(payload)))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null) {
                LOG.warn("webhook to {} failed: {}", target, failure.toString());
            } else if (response.statusCode() >= 300) {
                LOG.warn("webhook to {} answered {}", target, response.statusCode());
            }
        });
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
