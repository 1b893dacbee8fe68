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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speech-to-speech API below {@code /v2}: {@code POST /speech/sts} creates a job with its presigned upload,
 * {@code POST /speech/sts/{uuid}/start} starts it, {@code GET /speech/{uuid}} tells its state and result URL.
 */
final class StsApi {

    private static final String CREATE = "speech/sts";
    private static final Pattern START = Pattern.compile("speech/sts/([^/]+)/start");
    private static final Pattern STATUS = Pattern.compile("speech/([^/]+)");
    private static final JsonFields.Problems PROBLEMS = new JsonFields.Problems() {
        @Override
        public RuntimeException missing(String fieldPath) {
            return ReplicaException.unprocessable("Field required: " + fieldPath + ".");
        }

        @Override
        public RuntimeException invalid(String fieldPath, String message) {
            return ReplicaException.unprocessable(message);
        }
    };

    private final SandboxContext context;
    private final StsJobs jobs;
    private final PresignedPost presigner;

    StsApi(SandboxContext context, StsJobs jobs, PresignedPost presigner) {
        this.context = context;
        this.jobs = jobs;
        this.presigner = presigner;
    }

    void handle(ProviderExchange exchange) throws IOException {
        String endpoint = exchange.endpoint();
        Matcher start = START.matcher(endpoint);
        Matcher status = STATUS.matcher(endpoint);
        if (endpoint.equals(CREATE)) {
            requireMethod(exchange, "POST");
            create(exchange);
        } else if (start.matches()) {
            requireMethod(exchange, "POST");
            start(exchange, start.group(1));
        } else if (status.matches()) {
            requireMethod(exchange, "GET");
            exchange.respondJson(200, statusJson(job(status.group(1)).statusAt(System.currentTimeMillis())));
        } else {
            throw ReplicaException.notFound("Not Found");
        }
    }

    private void create(ProviderExchange exchange) throws IOException {
        StsSettings settings = StsSettings.from(body(exchange.payload()));
        StsJob job = jobs.create(settings, context.jobs().next(ReplicaModule.NAME));
        ObjectNode answer = SandboxJson.object().put("uuid", job.uuid());
        ObjectNode upload = answer.putObject("additional_fields").putObject("upload_url").put("url", presigner.url());
        ObjectNode fields = upload.putObject("fields");
        presigner.fields(job.uuid(), job.createdAtMillis()).forEach(fields::put);
        exchange.respondJson(200, answer);
    }

    private void start(ProviderExchange exchange, String uuid) throws IOException {
        StsJob job = job(uuid);
        List<String> extensions = extensions(exchange.payload());
        StsJob.Status status = job.start(extensions, context.config().jobDuration(), System.currentTimeMillis());
        exchange.respondJson(200, statusJson(status));
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
        payload.problem().ifPresent(problem -> {
            throw ReplicaException.unprocessable("JSON decode error: " + problem);
        });
        return JsonFields.of(payload.json(), "", PROBLEMS);
    }

    private static void requireMethod(ProviderExchange exchange, String method) {
        if (!exchange.method().equals(method)) {
            throw ReplicaException.methodNotAllowed();
        }
    }
}
