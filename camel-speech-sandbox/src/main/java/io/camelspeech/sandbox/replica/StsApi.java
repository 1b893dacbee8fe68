package io.camelspeech.sandbox.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.JsonFields;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.RequestPayload;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The speech-to-speech API below {@code /v2}: {@code POST /speech/sts} creates a job with its presigned upload,
 * {@code POST /speech/sts/{uuid}/start} starts it, {@code GET /speech/{uuid}} tells its state and result URL.
 */
final class StsApi {

    private static final JsonFields.Problems PROBLEMS = JsonFields.Problems.of(
            fieldPath -> ReplicaException.unprocessable("Field required: " + fieldPath + "."),
            (fieldPath, message) -> ReplicaException.unprocessable(message));

    private final SandboxContext context;
    private final StsJobs jobs;
    private final PresignedPost presigner;

    StsApi(SandboxContext context, StsJobs jobs, PresignedPost presigner) {
        this.context = context;
        this.jobs = jobs;
        this.presigner = presigner;
    }

    void create(ProviderExchange exchange) throws IOException {
        StsSettings settings = StsSettings.from(body(exchange.payload()));
        StsJob job = jobs.create(settings, context.jobs().next(ReplicaModule.NAME));
        ObjectNode answer = SandboxJson.object().put("uuid", job.uuid());
        ObjectNode upload = answer.putObject("additional_fields").putObject("upload_url").put("url", presigner.url());
        ObjectNode fields = upload.putObject("fields");
        presigner.fields(job.uuid(), job.createdAtMillis()).forEach(fields::put);
        exchange.respondJson(200, answer);
    }

    void start(ProviderExchange exchange) throws IOException {
        StsJob job = job(exchange.pathParameter("uuid"));
        List<String> extensions = extensions(exchange.payload());
        StsJob.Status status = job.start(extensions, context.config().jobDuration(), System.currentTimeMillis());
        exchange.respondJson(200, statusJson(status));
    }

    void status(ProviderExchange exchange) throws IOException {
        exchange.respondJson(200, statusJson(job(exchange.pathParameter("uuid")).statusAt(System.currentTimeMillis())));
    }

    // the page's step 3 sends no body at all: that means the default extension
    private static List<String> extensions(RequestPayload payload) {
        if (payload.json() == null && payload.problem().isEmpty() && payload.bodyBytes() == 0) {
            return ReplicaAssumptions.DEFAULT_EXTENSIONS;
        }
        JsonFields body = body(payload);
        List<JsonNode> requested = body.array("extensions").orElse(List.of());
        if (requested.isEmpty()) {
            return ReplicaAssumptions.DEFAULT_EXTENSIONS;
        }
        List<String> extensions = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String extension = body.textElement("extensions", i, requested.get(i));
            if (!ReplicaAssumptions.OUTPUT_EXTENSIONS.contains(extension)) {
                throw ReplicaException.unprocessable("extensions[" + i + "] must be one of "
                        + ReplicaAssumptions.OUTPUT_EXTENSIONS.stream().sorted().toList() + ", was '" + extension + "'.");
            }
            extensions.add(extension);
        }
        return extensions;
    }

    private ObjectNode statusJson(StsJob.Status status) {
        ObjectNode json = SandboxJson.object().put("uuid", status.uuid()).put("state", status.state());
        if (status.state().equals(ReplicaAssumptions.COMPLETED)) {
            json.put("url", context.baseUrl() + ResultDownload.path(status.uuid(), status.extension()));
        }
        if (status.error() != null) {
            json.putObject("additional_fields").put("error", status.error());
        }
        return json;
    }

    private StsJob job(String uuid) {
        return jobs.find(uuid).orElseThrow(() -> ReplicaException.notFound("Speech job " + uuid + " not found."));
    }

    private static JsonFields body(RequestPayload payload) {
        payload.requireReadable(problem -> ReplicaException.unprocessable("JSON decode error: " + problem));
        return JsonFields.of(payload.json(), "", PROBLEMS);
    }
}
