package io.camelspeech.sandbox.aimlapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.JobSchedule;
import io.camelspeech.sandbox.spi.JsonFields;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;
import io.camelspeech.sandbox.spi.RequestPayload;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletionException;

/**
 * {@code POST /stt/create} (JSON with a URL, or multipart with an {@code audio} file) starts a generation;
 * {@code GET /stt/{generation_id}} tells how it stands, with the transcription once completed.
 */
final class SttApi {

    private static final JsonFields.Problems PROBLEMS = JsonFields.Problems.of(
            fieldPath -> AimlApiException.badRequest(fieldPath + " should not be empty"),
            (fieldPath, message) -> AimlApiException.badRequest(message));

    private final SandboxContext context;
    private final SttGenerations generations;
    private final AudioUrlFetcher fetcher;

    SttApi(SandboxContext context, SttGenerations generations, AudioUrlFetcher fetcher) {
        this.context = context;
        this.generations = generations;
        this.fetcher = fetcher;
    }

    void create(ProviderExchange exchange) throws IOException {
        RequestPayload payload = exchange.payload();
        payload.requireReadable(AimlApiException::badRequest);
        String type = payload.contentType() == null ? "" : payload.contentType().toLowerCase(Locale.ROOT);
        SttGeneration generation;
        if (type.startsWith("multipart/")) {
            ReceivedFile audio = uploadedAudio(payload);
            generation = start(model(payload.formFields().get("model")), audio);
        } else if (payload.json() != null) {
            JsonFields body = JsonFields.of(payload.json(), "", PROBLEMS);
            String model = model(body.text("model").orElse(null));
            URI url = audioUrl(body.requiredText("url"));
            generation = start(model, null);
            fetchInBackground(generation, url);
        } else {
            throw AimlApiException.badRequest("Send a JSON body {\"model\", \"url\"} or a multipart body with a model "
                    + "field and an audio file part.");
        }
        exchange.respondJson(AimlApiAssumptions.CREATED_STATUS,
                SandboxJson.object().put("generation_id", generation.id()));
    }

    void poll(ProviderExchange exchange) throws IOException {
        String id = exchange.pathParameter("generationId");
        long now = System.currentTimeMillis();
        SttGeneration generation = generations.find(id, now)
                .orElseThrow(() -> AimlApiException.notFound("Generation " + id + " not found"));
        SttGeneration.View view = generation.viewAt(now);
        ObjectNode body = SandboxJson.object().put("status", view.status());
        if (view.audio() != null) {
            body.set("result", DeepgramResult.of(generation, view.audio()));
        }
        if (view.error() != null) {
            body.put("error", view.error());
        }
        exchange.respondJson(200, body);
    }

    private SttGeneration start(String model, ReceivedFile audio) {
        JobSchedule schedule = JobSchedule.startingAt(System.currentTimeMillis(), context.config().jobDuration(),
                context.jobs().next(AimlApiModule.NAME));
        SttGeneration generation = new SttGeneration(UUID.randomUUID().toString(), model, schedule, audio);
        generations.add(generation);
        return generation;
    }

    private void fetchInBackground(SttGeneration generation, URI url) {
        fetcher.fetch(url).whenComplete((audio, failure) -> {
            if (failure != null) {
                generation.fetchFailed("Failed to fetch the audio at " + url + ": " + reason(failure));
            } else if (!AimlApiAssumptions.ACCEPTED_FORMATS.contains(audio.format())) {
                generation.fetchFailed("The file at " + url + " is not audio this model can transcribe ("
                        + audio.format() + ").");
            } else {
                generation.fetched(audio);
            }
        });
    }

    private ReceivedFile uploadedAudio(RequestPayload payload) {
        ReceivedFile audio = payload.files().get("audio");
        if (audio == null) {
            throw AimlApiException.badRequest(payload.formFields().containsKey("audio")
                    ? "audio must be uploaded as a file part (with a filename)"
                    : "audio should not be empty: send the file in a part named audio");
        }
        if (audio.size() == 0) {
            throw AimlApiException.badRequest("audio is an empty file");
        }
        long limit = context.config().maxUploadBytes();
        if (limit > 0 && audio.size() > limit) {
            throw AimlApiException.payloadTooLarge("File too large: " + audio.size() + " bytes, at most " + limit);
        }
        if (!AimlApiAssumptions.ACCEPTED_FORMATS.contains(audio.format())) {
            throw AimlApiException.badRequest("audio has an unsupported format (" + audio.format() + "); accepted: "
                    + AimlApiAssumptions.ACCEPTED_FORMATS.stream().sorted().toList());
        }
        return audio;
    }

    private static String model(String requested) {
        String model = requested == null || requested.isBlank() ? AimlApiAssumptions.DEFAULT_MODEL : requested.trim();
        if (!AimlApiAssumptions.MODELS.contains(model)) {
            throw AimlApiException.badRequest("model must be one of the following values: "
                    + String.join(", ", AimlApiAssumptions.MODELS));
        }
        return model;
    }

    private static URI audioUrl(String text) {
        try {
            URI url = new URI(text.trim());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below like any other unusable URL
        }
        throw AimlApiException.badRequest("url must be a URL address, was '" + text + "'");
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
