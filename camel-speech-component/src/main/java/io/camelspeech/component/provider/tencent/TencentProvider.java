package io.camelspeech.component.provider.tencent;

import static io.camelspeech.component.SpeechOperation.cloneVoice;
import static io.camelspeech.component.SpeechOperation.clonedSpeech;
import static io.camelspeech.component.SpeechOperation.getJob;
import static io.camelspeech.component.SpeechOperation.listJobs;
import static io.camelspeech.component.SpeechOperation.listModels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.SpeechProviderException;
import io.camelspeech.component.SpeechValidationException;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.JobTracker;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.model.JobList;
import io.camelspeech.component.model.ModelList;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.provider.ProviderSupport;
import io.camelspeech.component.provider.HealthProbe;
import io.camelspeech.component.provider.Param;
import io.camelspeech.component.provider.RateLimits;
import io.camelspeech.component.provider.SafeNames;
import io.camelspeech.component.provider.RequestSupport;
import io.camelspeech.component.provider.SpeechCall;
import io.camelspeech.component.provider.SpeechResult;
import io.camelspeech.component.transport.ProviderRequest;

/**
 * Tencent Media Lab voice cloning: {@code POST /release/job} with an {@code action} (CreateJob, GetJob, ListJobs)
 * and {@code POST /release/music_model} (ListModels). The credentials travel in the JSON body, so bodies are never
 * logged. Type 2 trains a model (cloneVoice); type 1 speaks text or converts an audio URL with a model
 * (clonedSpeech). States: 1 SUBMITTED, 2 PROCESSING, 3 COMPLETED, 4 ERROR, 5 CANCELED.
 */
public final class TencentProvider extends ProviderSupport {

    private static final int MAX_SOURCE_TEXT = 512;

    private static final Param CONTENT_ID = Param.of("contentId", "contentId");
    private static final Param DESTINATION = Param.of("destination", "destination").defaultsTo("/");
    private static final Param OUTPUT_PREFIX = Param.of("outputPrefix", "outputPrefix").maxLength(19);
    private static final Param CUSTOM_ID = Param.of("customId", "customId").maxLength(63);
    /** source{contentId, path}: the page marks both required; a path alone names no repository */
    private static final Param SOURCE_PATH = Param.of("sourcePath", "path").requires("contentId");
    /** the option is a Duration in milliseconds like every other; the page wants whole seconds */
    private static final Param TIMEOUT = Param.of("providerJobTimeout", "timeout").range(1, Long.MAX_VALUE)
            .sentAs(millis -> (long) Math.ceil(((Number) millis).longValue() / 1000.0));
    private static final Param MODEL_TO_TRAIN = Param.of("voice", "modelName").required()
            .pattern("[A-Za-z0-9_]{1,63}", "letters, digits and _, under 64 characters");
    private static final Param MODEL_TO_SPEAK = Param.of("voice", "modelName").defaultsTo("default");
    /** each one an input {"url"} the provider fetches */
    private static final Param AUDIO_URLS = Param.of("audioUrl", "url").listOf();
    private static final Param CALLBACK = Param.of("callbackUrl", "callback");
    private static final Param OFFSET = Param.of("offset", "offset").range(0, Integer.MAX_VALUE).defaultsTo(0);
    private static final Param LIMIT = Param.of("limit", "limit").range(1, 100).defaultsTo(100);
    /** not a request field: ListModels is asked again, page by page, until the total is reached */
    private static final Param FETCH_ALL_PAGES = Param.of("fetchAllPages", null).defaultsTo(false);
    private static final Param TOTAL_EPOCH = Param.of("totalEpoch", "totalEpoch").range(1, 50);

    public TencentProvider() {
        // (assume) no published rate limits; type-1 text is capped at 512 characters per input
        super("tencent", "https://service-mqk0mc83-1257411467.bj.apigw.tencentcs.com", new RateLimits(600, 20, MAX_SOURCE_TEXT));
        operation(cloneVoice, call -> createJob(call, 2), JOB_PARAMS, MODEL_TO_TRAIN, TOTAL_EPOCH, CONTENT_ID,
                DESTINATION, OUTPUT_PREFIX, CUSTOM_ID, TIMEOUT, SOURCE_PATH, AUDIO_URLS, CALLBACK);
        operation(clonedSpeech, call -> createJob(call, 1), JOB_PARAMS, MODEL_TO_SPEAK, CONTENT_ID.required(),
                DESTINATION, OUTPUT_PREFIX, CUSTOM_ID, TIMEOUT, SOURCE_PATH, AUDIO_URLS, CALLBACK);
        jobs(cloneVoice, this::poll, (call, done) -> CompletableFuture.completedFuture(jobResult(done)));
        jobs(clonedSpeech, this::poll, (call, done) -> CompletableFuture.completedFuture(jobResult(done)));
        getJob(this::poll, ProviderSupport::jobResult);
        operation(listJobs, this::listByCustomId, List.of(), CUSTOM_ID.required());
        operation(listModels, this::listModels, List.of(), OFFSET, LIMIT, FETCH_ALL_PAGES);
    }

    @Override
    public boolean acceptsCallbacks() {
        return true;
    }

    /** The callback body is the whole Job JSON. */
    @Override
    public SpeechJob parseCallback(JsonNode payload, SpeechJob known) {
        JsonNode job = payload.has("job") ? payload.path("job") : payload;
        if (!job.hasNonNull("id") || !job.has("state")) {
            throw new IllegalArgumentException("a Tencent job has an id and a state");
        }
        return toJob(job);
    }

    @Override
    public List<String> credentialOptions() {
        return List.of("secretId", "secretKey");
    }

    /** No header: the credentials are part of every body (see {@link #action}). */
    @Override
    protected void authorize(ProviderRequest request, SpeechCall call) {
    }

    /** ListModels with limit 1: free, and refused (AuthFailure) with wrong credentials. */
    @Override
    protected HealthProbe healthProbe(SpeechCall call) {
        ObjectNode body = action(call, "ListModels");
        body.putObject("listModelsRequest").put(OFFSET.wireName(), 0).put(LIMIT.wireName(), 1);
        return HealthProbe.action(uri(call, "/release/music_model"), body);
    }

    /** An error may come inside a 2xx answer: {"error": {"code", "message"}} or a non-zero "code". */
    @Override
    protected void checkAnswer(JsonNode answer, ProviderRequest request) {
        JsonNode error = answer.path("error");
        if (error.isObject() || error.isTextual()) {
            String code = error.isObject() ? text(error, "code") : text(answer, "code");
            String message = error.isObject() ? text(error, "message") : error.asText();
            throw SpeechProviderException.builder(id(), 200).errorCode(code).message(message)
                    .retryable("InternalError".equals(code)).context(request.describe()).build();
        }
    }

    private ObjectNode action(SpeechCall call, String action) {
        return SpeechJson.MAPPER.createObjectNode().put("action", action)
                .put("secretId", call.credential("secretId"))
                .put("secretKey", call.credential("secretKey"));
    }

    // --- CreateJob ---------------------------------------------------------------------------------------------

    private CompletableFuture<SpeechResult> createJob(SpeechCall call, int type) {
        ObjectNode request = createJobRequest(call, type);
        ObjectNode body = action(call, "CreateJob");
        body.set("createJobRequest", request);
        Map<String, Object> recovery = request.hasNonNull("customId")
                ? Map.of(CUSTOM_ID.option(), request.path("customId").asText()) : Map.of();
        return submit(call, recovery, c -> postJson(c, uri(c, "/release/job"), body))
                .thenCompose(answer -> track(call, toJob(answer.path("createJobResponse").path("job"))));
    }

    /**
     * ListJobs by the customId the submission carried (its reference, unless the route gave one). customId is not
     * unique: only jobs created since the submission count; one is the job, none means it never arrived, more is
     * undecidable.
     */
    @Override
    public CompletableFuture<JobTracker.Recovered> recoverSubmission(SpeechCall call, SpeechJob pending) {
        Object customId = pending.details().get(CUSTOM_ID.option());
        if (customId == null) {
            return JobTracker.Recovered.unknown();
        }
        ObjectNode body = action(call, "ListJobs");
        body.putObject("listJobsRequest").put("customId", customId.toString());
        // the provider's clock may differ a little from ours
        Instant since = pending.createdAt().minusSeconds(60);
        return postJson(call, uri(call, "/release/job"), body).thenCompose(answer -> {
            List<SpeechJob> candidates = new ArrayList<>();
            answer.path("listJobsResponse").path("jobs").forEach(job -> {
                SpeechJob listed = toJob(job);
                if (listed.createdAt() == null || !listed.createdAt().isBefore(since)) {
                    candidates.add(listed);
                }
            });
            return switch (candidates.size()) {
                case 0 -> JobTracker.Recovered.notSubmitted();
                case 1 -> JobTracker.Recovered.found(candidates.get(0));
                default -> JobTracker.Recovered.unknown();
            };
        });
    }

    private ObjectNode createJobRequest(SpeechCall call, int type) {
        ObjectNode request = SpeechJson.MAPPER.createObjectNode();
        ArrayNode inputs = request.putArray("inputs");
        for (ObjectNode input : inputs(call, type)) {
            inputs.add(input);
        }
        ObjectNode output = request.putArray("outputs").addObject();
        putIfSet(output, "contentId", CONTENT_ID.in(call.options()));
        output.put("destination", DESTINATION.textIn(call.options()));
        ArrayNode selectors = output.putArray("inputSelectors");
        for (int i = 0; i < inputs.size(); i++) {
            selectors.add(i);
        }
        ObjectNode descriptor = output.putObject("smartContentDescriptor");
        putIfSet(descriptor, "outputPrefix", OUTPUT_PREFIX.in(call.options()));
        ObjectNode cloning = descriptor.putObject("voiceCloning").put("type", type);
        cloning.put("modelName", (type == 2 ? MODEL_TO_TRAIN : MODEL_TO_SPEAK).textIn(call.options()));
        putIfSet(cloning, "totalEpoch", TOTAL_EPOCH.in(call.options()));
        Object callback = CALLBACK.in(call.options());
        putIfSet(request, CALLBACK.wireName(), callback != null ? callback : callbackUrl(call));
        Object customId = CUSTOM_ID.in(call.options());
        if (customId == null && call.tracking() != null) {
            // what finds the job again (ListJobs) should its answer be lost
            customId = call.tracking().reference();
        }
        putIfSet(request, "customId", customId);
        putIfSet(request, TIMEOUT.wireName(), TIMEOUT.wireIn(call.options()));
        return request;
    }

    /** Each input is exactly one of: an audio URL, a repository object, or (type 1) text. */
    private List<ObjectNode> inputs(SpeechCall call, int type) {
        List<ObjectNode> inputs = new ArrayList<>();
        for (Object url : (List<?>) java.util.Objects.requireNonNullElse(AUDIO_URLS.wireIn(call.options()), List.of())) {
            inputs.add(SpeechJson.MAPPER.createObjectNode().put(AUDIO_URLS.wireName(), url.toString()));
        }
        String sourcePath = SOURCE_PATH.textIn(call.options());
        if (sourcePath != null) {
            ObjectNode input = SpeechJson.MAPPER.createObjectNode();
            input.putObject("source").put("contentId", CONTENT_ID.textIn(call.options())).put(SOURCE_PATH.wireName(), sourcePath);
            inputs.add(input);
        }
        if (inputs.isEmpty() && type == 1) {
            String text = RequestSupport.text(call, call.exchange().getMessage().getBody(), "message body");
            inputs.add(SpeechJson.MAPPER.createObjectNode().put("sourceData", text));
        }
        if (inputs.isEmpty()) {
            throw new SpeechValidationException("audioUrl", call.describe() + " trains from audio the provider fetches:"
                    + " set the option audioUrl (or header " + SpeechConstants.AUDIO_URL + ") or sourcePath");
        }
        return inputs;
    }

    private static void putIfSet(ObjectNode node, String field, Object value) {
        if (value instanceof Number number) {
            node.put(field, number.longValue());
        } else if (value != null) {
            node.put(field, value.toString());
        }
    }

    // --- GetJob, ListJobs, ListModels ------------------------------------------------------------------------

    private CompletableFuture<SpeechJob> poll(SpeechCall call, SpeechJob job) {
        ObjectNode body = action(call, "GetJob");
        body.putObject("getJobRequest").put("id", job.id());
        return postJson(call, uri(call, "/release/job"), body)
                .thenApply(answer -> toJob(answer.path("getJobResponse").path("job")));
    }

    private CompletableFuture<SpeechResult> listByCustomId(SpeechCall call) {
        ObjectNode body = action(call, "ListJobs");
        body.putObject("listJobsRequest").put("customId", CUSTOM_ID.textIn(call.options()));
        return postJson(call, uri(call, "/release/job"), body).thenApply(answer -> {
            JsonNode listed = answer.path("listJobsResponse");
            List<SpeechJob> jobs = new ArrayList<>();
            listed.path("jobs").forEach(job -> jobs.add(toJob(job)));
            return new SpeechResult(new JobList(jobs, listed.path("total").asInt(jobs.size())));
        });
    }

    private CompletableFuture<SpeechResult> listModels(SpeechCall call) {
        int offset = ((Number) OFFSET.in(call.options())).intValue();
        int limit = ((Number) LIMIT.in(call.options())).intValue();
        boolean all = Boolean.TRUE.equals(FETCH_ALL_PAGES.in(call.options()));
        return modelPage(call, offset, limit, all, new ArrayList<>())
                .thenApply(models -> new SpeechResult(new ModelList(models)));
    }

    /** One page; with fetchAllPages the next one is asked for until the provider's total is reached. */
    private CompletableFuture<List<ModelList.Model>> modelPage(
            SpeechCall call, int offset, int limit, boolean all, List<ModelList.Model> collected) {
        ObjectNode body = action(call, "ListModels");
        body.putObject("listModelsRequest").put(OFFSET.wireName(), offset).put(LIMIT.wireName(), limit);
        return postJson(call, uri(call, "/release/music_model"), body).thenCompose(answer -> {
            JsonNode page = answer.path("listModelsResponse");
            int received = 0;
            for (JsonNode model : page.path("models")) {
                collected.add(new ModelList.Model(text(model, "name"), text(model, "name"), "voice-clone", null, null,
                        null, null, null, text(model, "createdAt")));
                received++;
            }
            int total = page.path("total").asInt(collected.size());
            if (all && received > 0 && offset + received < total) {
                return modelPage(call, offset + received, limit, true, collected);
            }
            return CompletableFuture.completedFuture(collected);
        });
    }

    // --- the job ---------------------------------------------------------------------------------------------

    private SpeechJob toJob(JsonNode job) {
        int code = job.path("state").asInt(1);
        JobState state = switch (code) {
            case 2 -> JobState.RUNNING;
            case 3 -> JobState.COMPLETED;
            case 4 -> JobState.FAILED;
            case 5 -> JobState.CANCELED;
            default -> JobState.SUBMITTED;
        };
        JsonNode timing = job.path("timing");
        Map<String, Object> details = new LinkedHashMap<>();
        String location = null;
        JsonNode output = job.path("outputs").path(0);
        JsonNode cloning = output.path("smartContentResult").path("voiceCloning");
        if (cloning.hasNonNull("voiceName")) {
            String voiceName = SafeNames.fileName(id(), "voice file name", text(cloning, "voiceName"));
            details.put("voiceName", voiceName);
            location = objectName(text(output, "contentId"), text(output, "destination"), voiceName);
        }
        if (cloning.hasNonNull("modelName")) {
            details.put("modelName", text(cloning, "modelName"));
            location = location != null ? location : text(cloning, "modelName");
        }
        if (job.hasNonNull("customId")) {
            details.put("customId", text(job, "customId"));
        }
        String error = state == JobState.FAILED ? firstText(job, "message", "errorMessage", "error") : null;
        return new SpeechJob(id(), SafeNames.fileName(id(), "job id", text(job, "id")), state, String.valueOf(code), epochMillis(timing, "createdAt"),
                Instant.now(), epochMillis(timing, "completedAt"), location, error, details);
    }

    /** The generated file as repository object: contentId, then destination and file name as one path. */
    static String objectName(String contentId, String destination, String fileName) {
        String folder = destination == null || destination.isBlank() ? "/" : SafeNames.relativePath("tencent", "destination", destination);
        String path = (folder.endsWith("/") ? folder : folder + "/") + fileName;
        return contentId == null ? path : contentId + ":" + (path.startsWith("/") ? path : "/" + path);
    }

    private static Instant epochMillis(JsonNode timing, String field) {
        String value = text(timing, field);
        try {
            return value == null || value.isBlank() || "0".equals(value) ? null : Instant.ofEpochMilli(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isTextual()) {
                return value.asText();
            }
            if (value.isObject() && value.hasNonNull("message")) {
                return value.path("message").asText();
            }
        }
        return "provider state 4 (ERROR)";
    }

}
