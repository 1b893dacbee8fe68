package io.camelspeech.sandbox.spi;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request to a provider module, whose body has already been streamed into a {@link RequestPayload}, and the
 * means to answer it exactly once. Created by the sandbox; the listener learns the status before any byte leaves.
 */
public final class ProviderExchange {

    /** Learns the status of the answer just before it is sent (0 when the connection is dropped instead). */
    @FunctionalInterface
    public interface ResponseListener {
        void responding(int status);
    }

    /** Writes a response body. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private final HttpExchange http;
    private final String mountPath;
    private final String endpoint;
    private final RequestPayload payload;
    private final ResponseListener listener;
    private final List<Runnable> completionActions = new ArrayList<>();
    private final List<Runnable> answerActions = new ArrayList<>();
    private Map<String, String> pathParameters = Map.of();
    private boolean responded;

    /** @param mountPath the module's path prefix the request came through: its base path or one of its extra paths */
    public ProviderExchange(HttpExchange http, String mountPath, RequestPayload payload, ResponseListener listener) {
        this.http = http;
        this.mountPath = mountPath;
        this.endpoint = endpointOf(http.getRequestURI().getPath(), mountPath);
        this.payload = payload;
        this.listener = listener;
    }

    public String method() {
        return http.getRequestMethod();
    }

    /** The raw request path, for example {@code /ttsai/v1/tts/}. */
    public String path() {
        return http.getRequestURI().getRawPath();
    }

    /** The module's path prefix this request came through: its base path or one of its extra paths. */
    public String mountPath() {
        return mountPath;
    }

    /** The decoded path below the mount path, without surrounding slashes: {@code tts}, {@code audio/enhance}. */
    public String endpoint() {
        return endpoint;
    }

    /** A {@code {name}} segment of the route that matched (see {@link Routes}). */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route of " + path() + " has no parameter {" + name + "}");
        }
        return value;
    }

    void pathParameters(Map<String, String> parameters) {
        this.pathParameters = Map.copyOf(parameters);
    }

    /** The first value of a query parameter, URL-decoded. */
    public Optional<String> queryParameter(String name) {
        String query = http.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    /** The first value of a request header, case-insensitive; null when absent. */
    public String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    public RequestPayload payload() {
        return payload;
    }

    /** Sets a header of whichever response is sent later. */
    public void setResponseHeader(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    public boolean responded() {
        return responded;
    }

    /** Runs when the exchange is finished, whatever the outcome (for example to release a concurrency slot). */
    public void onComplete(Runnable action) {
        completionActions.add(action);
    }

    /**
     * Runs {@code action} once, when the answer starts (the work is done) or, without an answer, when the exchange
     * completes: what a provider counts as a request in progress, so a client that starts its next request as soon as
     * it has read this answer is never refused for a slot still held here.
     */
    public void onAnswered(Runnable action) {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
        answerActions.add(once);
        completionActions.add(once);
    }

    public void respondJson(int status, Object body) throws IOException {
        respondBytes(status, "application/json", SandboxJson.bytes(body));
    }

    /** Answers {@code error} with its status and headers and {@code body}, the provider's rendering of it. */
    public void respondError(ProviderError error, Object body) throws IOException {
        error.headers().forEach(this::setResponseHeader);
        respondJson(error.status(), body);
    }

    public void respondBytes(int status, String contentType, byte[] body) throws IOException {
        respond(status, contentType, body.length, out -> out.write(body));
    }

    /** Streams a response body: a negative length sends it chunked, 0 sends no body. */
    public void respond(int status, String contentType, long length, BodyWriter writer) throws IOException {
        begin(status);
        http.getResponseHeaders().set("Content-Type", contentType);
        http.sendResponseHeaders(status, length < 0 ? 0 : (length == 0 ? -1 : length));
        try (OutputStream out = http.getResponseBody()) {
            if (length != 0) {
                writer.writeTo(out);
            }
        }
    }

    /** Closes the connection without sending anything, as a crashed server or a broken network would. */
    public void dropConnection() {
        begin(0);
        // without response headers the JDK server closes the socket itself rather than keeping it alive
        http.close();
    }

    /** Runs the completion actions; called once by the sandbox after the module returned. */
    public void finish() {
        completionActions.forEach(Runnable::run);
        completionActions.clear();
    }

    private void begin(int status) {
        if (responded) {
            throw new IllegalStateException("already answered " + method() + " " + path());
        }
        responded = true;
        answerActions.forEach(Runnable::run);
        answerActions.clear();
        listener.responding(status);
    }

    private static String endpointOf(String decodedPath, String basePath) {
        String below = decodedPath.length() > basePath.length() ? decodedPath.substring(basePath.length()) : "";
        int start = 0;
        int end = below.length();
        while (start < end && below.charAt(start) == '/') {
            start++;
        }
        while (end > start && below.charAt(end - 1) == '/') {
            end--;
        }
        return below.substring(start, end);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
