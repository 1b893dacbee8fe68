package io.camelspeech.component.transport;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One HTTP request to a provider, re-creatable for every attempt (a body publisher can be consumed only once).
 * {@link #describe()} is what error messages and logs show: method and path, never headers (they hold secrets).
 */
public final class ProviderRequest {

    private final String method;
    private final URI uri;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Supplier<HttpRequest.BodyPublisher> body;
    private final boolean idempotent;
    private Supplier<java.util.concurrent.CompletableFuture<Void>> beforeSending;

    private ProviderRequest(String method, URI uri, Supplier<HttpRequest.BodyPublisher> body, boolean idempotent) {
        this.method = method;
        this.uri = uri;
        this.body = body;
        this.idempotent = idempotent;
    }

    public static ProviderRequest get(URI uri) {
        return new ProviderRequest("GET", uri, HttpRequest.BodyPublishers::noBody, true);
    }

    public static ProviderRequest post(URI uri, String contentType, Supplier<HttpRequest.BodyPublisher> body) {
        ProviderRequest request = new ProviderRequest("POST", uri, body, false);
        request.header("Content-Type", contentType);
        return request;
    }

    public static ProviderRequest put(URI uri, String contentType, Supplier<HttpRequest.BodyPublisher> body) {
        ProviderRequest request = new ProviderRequest("PUT", uri, body, true);
        request.header("Content-Type", contentType);
        return request;
    }

    public ProviderRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    /**
     * Work that must be done (durably) before the request leaves, once it holds its rate-limit slot: the write-ahead
     * record of a paid submission. Done then, not earlier, so that a request still queued behind the plan's limits
     * is not taken for one that may have reached the provider.
     */
    public ProviderRequest beforeSending(Supplier<java.util.concurrent.CompletableFuture<Void>> step) {
        this.beforeSending = step;
        return this;
    }

    java.util.concurrent.CompletableFuture<Void> readyToSend() {
        return beforeSending == null ? java.util.concurrent.CompletableFuture.completedFuture(null) : beforeSending.get();
    }

    /** Whether a request that may have reached the provider can be sent again without a second effect. */
    public boolean idempotent() {
        return idempotent;
    }

    HttpRequest build(long timeoutMillis) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(java.time.Duration.ofMillis(timeoutMillis))
                .method(method, body.get());
        headers.forEach(builder::header);
        return builder.build();
    }

    public String describe() {
        return method + " " + uri.getPath();
    }
}
