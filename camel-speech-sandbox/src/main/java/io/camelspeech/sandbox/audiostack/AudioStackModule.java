package io.camelspeech.sandbox.audiostack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.JsonFields;
import io.camelspeech.sandbox.spi.KeyCheck;
import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.Routes;
import io.camelspeech.sandbox.spi.S3ErrorResponse;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * AudioStack's files and voice-cloning API ({@code https://v2.api.audio}) under {@code /audiostack}, with
 * {@code x-api-key} auth, plus the storage its presigned upload URLs point to ({@code /audiostack-uploads}, no key).
 */
public final class AudioStackModule implements ProviderModule {

    public static final String NAME = "audiostack";
    public static final String BASE_PATH = "/audiostack";
    public static final String UPLOAD_PATH = "/audiostack-uploads";

    private static final JsonFields.Problems PROBLEMS = JsonFields.Problems.of(
            fieldPath -> AudioStackException.badRequest(fieldPath + " is required"),
            (fieldPath, message) -> AudioStackException.badRequest(message));

    private final Routes routes;

    public AudioStackModule(SandboxContext context) {
        FileStore files = new FileStore();
        PresignedPut storage = new PresignedPut(files, context.baseUrl() + UPLOAD_PATH, context.config().maxUploadBytes());
        FilesApi filesApi = new FilesApi(files, storage);
        VoiceCloningApi cloningApi = new VoiceCloningApi(context, files);
        KeyCheck apiKey = KeyCheck.header("x-api-key", Set.of(context.settings(AudioStackConfig.class).apiKey()),
                () -> AudioStackException.forbidden("Forbidden: send your API key in the x-api-key header"),
                key -> AudioStackException.forbidden("Forbidden: the API key is not valid"));
        this.routes = Routes.of(NAME).mount(BASE_PATH, apiKey)
                .post("files", filesApi::create)
                .get("files/{fileId}", filesApi::describe)
                .post("speech/voice-cloning", cloningApi::create)
                .get("speech/voice-cloning", cloningApi::status)
                .notFound(exchange -> AudioStackException.notFound("No route " + exchange.method() + " /"
                        + exchange.endpoint()))
                .storage(UPLOAD_PATH)
                .put("{fileId}", storage::handle)
                .routes();
    }

    @Override
    public Routes routes() {
        return routes;
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
        exchange.respondError(error, body);
    }

    /** The request's JSON object body, or 400. */
    static JsonFields jsonBody(ProviderExchange exchange) {
        exchange.payload().requireReadable(AudioStackException::badRequest);
        return JsonFields.of(exchange.payload().json(), "", PROBLEMS);
    }
}
