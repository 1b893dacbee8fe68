package io.camelspeech.sandbox.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.JobSchedule;
import io.camelspeech.sandbox.spi.JsonFields;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * The actions: CreateJob, GetJob and ListJobs at {@code /release/job}, ListModels at {@code /release/music_model}.
 * Every request carries the credentials in its JSON body.
 */
final class TencentApi {

    static final String JOB_PATH = "release/job";
    static final String MODEL_PATH = "release/music_model";

    private static final JsonFields.Problems PROBLEMS = JsonFields.Problems.of(TencentException::missingParameter,
            (fieldPath, message) -> TencentException.invalidParameter(message));

    private final SandboxContext context;
    private final TencentJobs jobs = new TencentJobs();
    private final ModelCatalog models;

    TencentApi(SandboxContext context) {
        this.context = context;
        this.models = new ModelCatalog(context.settings(TencentConfig.class).seedModels(), jobs);
    }

    /** Every action's JSON body, or InvalidParameter. */
    static JsonFields body(ProviderExchange exchange) {
        exchange.payload().requireReadable(problem -> TencentException.invalidParameter(
                "The body must be JSON (Content-Type: application/json): " + problem));
        return JsonFields.of(exchange.payload().json(), "", PROBLEMS);
    }

    /** Runs the body's action, if the path serves it. */
    void handle(ProviderExchange exchange) throws IOException {
        String endpoint = exchange.endpoint();
        JsonFields body = body(exchange);
        String action = body.requiredText("action");
        ObjectNode answer = SandboxJson.object().put("requestId", UUID.randomUUID().toString());
        switch (endpoint + " " + action) {
            case JOB_PATH + " CreateJob" -> answer.putObject("createJobResponse")
                    .set("job", createJob(body.requiredObject("createJobRequest")));
            case JOB_PATH + " GetJob" -> answer.putObject("getJobResponse")
                    .set("job", getJob(body.requiredObject("getJobRequest")));
            case JOB_PATH + " ListJobs" -> answer.set("listJobsResponse", listJobs(body.requiredObject("listJobsRequest")));
            case MODEL_PATH + " ListModels" ->
                    answer.set("listModelsResponse", listModels(body.requiredObject("listModelsRequest")));
            default -> throw TencentException.invalidAction("The action " + action + " is not served at /" + endpoint
                    + ".");
        }
        exchange.respondJson(200, answer);
    }

    private ObjectNode createJob(JsonFields request) {
        CreateJobRequest parsed = CreateJobRequest.parse(request);
        TencentJob job;
        // checking model names and adding the job must be one step, or two trainings could take the same name
        synchronized (this) {
            long now = System.currentTimeMillis();
            checkModels(parsed.outputSpecs(), now);
            job = new TencentJob(UUID.randomUUID().toString(), parsed, JobSchedule.startingAt(now,
                    context.config().jobDuration(), context.jobs().next(TencentModule.NAME)));
            jobs.add(job);
        }
        scheduleCallback(job);
        return job.toJson(System.currentTimeMillis());
    }

    private void checkModels(List<OutputSpec> outputs, long nowMillis) {
        Set<String> trainedHere = new HashSet<>();
        for (int i = 0; i < outputs.size(); i++) {
            OutputSpec output = outputs.get(i);
            String field = "createJobRequest.outputs[" + i + "].smartContentDescriptor.voiceCloning.modelName";
            if (!output.trains() && !models.usable(output.modelName(), nowMillis)) {
                throw TencentException.notFound(field + ": the model " + output.modelName() + " does not exist; use "
                        + TencentAssumptions.DEFAULT_MODEL + " or a trained model (see ListModels).");
            }
            if (output.trains() && !trainedHere.add(output.modelName())) {
                throw TencentException.invalidValue(field + ": the model " + output.modelName()
                        + " is trained by two outputs of this job.");
            }
            if (output.trains() && models.taken(output.modelName(), nowMillis)) {
                throw TencentException.inUse(field + ": a model named " + output.modelName()
                        + " already exists or is being trained; model names must be unique.");
            }
        }
    }

    // the whole Job, once, when it reaches COMPLETED or ERROR; built at sending time, as of its end
    private void scheduleCallback(TencentJob job) {
        OptionalLong end = job.endsAt();
        if (job.request().callback() == null || end.isEmpty()) {
            return;
        }
        long endsAt = end.getAsLong();
        Duration delay = Duration.ofMillis(Math.max(0, endsAt - System.currentTimeMillis()));
        context.webhooks().postLater(job.request().callback(), delay,
                () -> job.toJson(Math.max(System.currentTimeMillis(), endsAt)));
    }

    private ObjectNode getJob(JsonFields request) {
        String id = request.requiredText("id");
        TencentJob job = jobs.find(id)
                .orElseThrow(() -> TencentException.notFound("The job " + id + " does not exist."));
        return job.toJson(System.currentTimeMillis());
    }

    private ObjectNode listJobs(JsonFields request) {
        String customId = request.requiredText("customId");
        long now = System.currentTimeMillis();
        List<TencentJob> found = jobs.withCustomId(customId);
        ObjectNode response = SandboxJson.object();
        ArrayNode list = response.putArray("jobs");
        found.forEach(job -> list.add(job.toJson(now)));
        response.put("total", found.size());
        return response;
    }

    private ObjectNode listModels(JsonFields request) {
        int offset = request.requiredInteger("offset");
        int limit = request.requiredInteger("limit");
        if (offset < 0) {
            throw TencentException.invalidValue(request.pathOf("offset") + " must not be negative, was " + offset + ".");
        }
        if (limit < 1 || limit > TencentAssumptions.MAX_LIMIT) {
            throw TencentException.invalidValue(request.pathOf("limit") + " must be 1 to " + TencentAssumptions.MAX_LIMIT
                    + ", was " + limit + ".");
        }
        List<ModelCatalog.Model> all = models.modelsAt(System.currentTimeMillis());
        ObjectNode response = SandboxJson.object().put("total", all.size());
        ArrayNode page = response.putArray("models");
        all.stream().skip(offset).limit(limit).forEach(model -> page.addObject()
                .put("name", model.name())
                .put("createdAt", Long.toString(model.createdAt())));
        return response;
    }
}
