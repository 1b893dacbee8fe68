package io.camelspeech.sandbox.audiostack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.spi.JsonFields;
import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.S3ErrorResponse;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.List;

/**
 * AudioStack's files and voice-cloning API ({@code https://v2.api.audio}) under {@code /audiostack}, with
 * {@code x-api-key} auth, plus the storage its presigned upload URLs point to ({@code /audiostack-uploads}, no key).
 */
public final class AudioStackModule implements ProviderModule {

    public static final String NAME = "audiostack";
    public static final String BASE_PATH = "/audiostack";
    public static final String UPLOAD_PATH = "/audiostack-uploads";

    private static final JsonFields.Problems PROBLEMS = new JsonFields.Problems() {
        @Override
        public RuntimeException missing(String fieldPath) {
            return AudioStackException.badRequest(fieldPath + " is required");
        }

        @Override
        public RuntimeException invalid(String fieldPath, String message) {
            return AudioStackException.badRequest(message);
        }
    };

    private final SandboxConfig config;
    private final PresignedPut storage;
    private final FilesApi filesApi;
    private final VoiceCloningApi cloningApi;

    public AudioStackModule(SandboxContext context) {
        this.config = context.config();
        FileStore files = new FileStore();
        this.storage = new PresignedPut(files, context.baseUrl() + UPLOAD_PATH, config.maxUploadBytes());
        this.filesApi = new FilesApi(files, storage);
        this.cloningApi = new VoiceCloningApi(context, files);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String basePath() {
        return BASE_PATH;
    }

    @Override
    public List<String> extraPaths() {
        return List.of(UPLOAD_PATH);
    }

    @Override
    public void handle(ProviderExchange exchange) throws IOException {
        try {
            if (exchange.mountPath().equals(UPLOAD_PATH)) {
                storage.handle(exchange);
                return;
            }
            authenticate(exchange);
            String endpoint = exchange.endpoint();
            if (endpoint.equals(FilesApi.PREFIX) || endpoint.startsWith(FilesApi.PREFIX + "/")) {
                filesApi.handle(exchange);
            } else if (endpoint.equals(VoiceCloningApi.PATH)) {
                cloningApi.handle(exchange);
            } else {
                throw AudioStackException.notFound("No route " + exchange.method() + " /" + endpoint);
            }
        } catch (AudioStackException e) {
            sendError(exchange, e.error());
        }
    }

    /** {@code {"message": "...", "errors": ["..."]}}; the upload storage answers S3's XML errors. */
    @Override
    public void sendError(ProviderExchange exchange, ProviderError error) throws IOException {
        if (exchange.mountPath().equals(UPLOAD_PATH)) {
            S3ErrorResponse.send(exchange, error);
            return;
        }
        ObjectNode body = SandboxJson.object().put("message", error.message());
        ArrayNode errors = body.putArray("errors");
        Object listed = error.details().get(AudioStackException.ERRORS);
        if (listed instanceof List<?> items) {
            items.forEach(item -> errors.add(String.valueOf(item)));
        } else {
            errors.add(error.message());
        }
        error.headers().forEach(exchange::setResponseHeader);
        exchange.respondJson(error.status(), body);
    }

    /** The request's JSON object body, or 400. */
    static JsonFields jsonBody(ProviderExchange exchange) {
        exchange.payload().problem().ifPresent(problem -> {
            throw AudioStackException.badRequest(problem);
        });
        return JsonFields.of(exchange.payload().json(), "", PROBLEMS);
    }

    private void authenticate(ProviderExchange exchange) {
        String key = exchange.header("x-api-key");
        if (key == null || key.isBlank()) {
            throw AudioStackException.forbidden("Forbidden: send your API key in the x-api-key header");
        }
        if (!key.trim().equals(config.audiostackApiKey())) {
            throw AudioStackException.forbidden("Forbidden: the API key is not valid");
        }
    }
}
