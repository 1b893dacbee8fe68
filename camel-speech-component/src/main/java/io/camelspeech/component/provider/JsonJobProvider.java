package io.camelspeech.component.provider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.SpeechOperation;
import io.camelspeech.component.SpeechProviderException;
import io.camelspeech.component.SpeechValidationException;
import io.camelspeech.component.input.TempFiles;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.JobTracker;
import io.camelspeech.component.job.PollSchedule;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.job.SpeechJobException;
import io.camelspeech.component.store.JobRecord;
import io.camelspeech.component.model.ResultHeaders;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.transport.ErrorParser;
import io.camelspeech.component.transport.ProviderRequest;
import io.camelspeech.component.transport.ProviderResponse;
import io.camelspeech.component.transport.ResponseReaders;
import org.apache.camel.StreamCache;

/**
 * A provider whose operations are several JSON calls and a job to wait for (Replica, AI/ML API, AudioStack,
 * Tencent). Subclasses register one handler per operation and describe its parameters; sending, JSON parsing,
 * waiting (or not, with {@code wait=false}), downloads and results are here, once.
 */
public abstract class JsonJobProvider implements SpeechProvider {

    /** Options every job operation reads, beside its own parameters. */
    protected static final List<String> JOB_OPTIONS = List.of("wait", "pollInterval", "maxPollInterval", "jobTimeout");

    private final String id;
    private final String defaultBaseUrl;
    private final RateLimits limits;
    private final Map<SpeechOperation, Function<SpeechCall, CompletableFuture<SpeechResult>>> handlers
            = new EnumMap<>(SpeechOperation.class);
    private final Map<SpeechOperation, List<Param>> params = new EnumMap<>(SpeechOperation.class);
    private final Map<SpeechOperation, JobHandling> jobHandling = new EnumMap<>(SpeechOperation.class);
    private final Map<SpeechOperation, Set<String>> extraOptions = new EnumMap<>(SpeechOperation.class);

    /** @param limits the client-side limits (and text length) whatever the plan: these providers publish one set */
    protected JsonJobProvider(String id, String defaultBaseUrl, RateLimits limits) {
        this.id = id;
        this.defaultBaseUrl = defaultBaseUrl;
        this.limits = limits;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    @Override
    public RateLimits rateLimits(String plan) {
        return limits;
    }

    @Override
    public ErrorParser errorParser() {
        return JsonErrors.parser(id);
    }

    /** Registers an operation: its handler, the options it reads beyond its parameters, and its parameters. */
    protected final void operation(SpeechOperation operation, Function<SpeechCall, CompletableFuture<SpeechResult>> handler,
                                   List<String> otherOptions, Param... documented) {
        handlers.put(operation, handler);
        params.put(operation, List.of(documented));
        extraOptions.put(operation, new LinkedHashSet<>(otherOptions));
    }

    /**
     * Declares that the operation submits a job: how to ask about it, and what its completion gives the route. The
     * job is then recorded in the job store, reused for the same input, and can be finished by the jobs consumer.
     */
    protected final void jobs(SpeechOperation operation,
                              java.util.function.BiFunction<SpeechCall, SpeechJob, CompletableFuture<SpeechJob>> poller,
                              java.util.function.BiFunction<SpeechCall, SpeechJob, CompletableFuture<SpeechResult>> resultOf) {
        jobHandling.put(operation, new JobHandling(poller, resultOf));
    }

    private record JobHandling(
            java.util.function.BiFunction<SpeechCall, SpeechJob, CompletableFuture<SpeechJob>> poller,
            java.util.function.BiFunction<SpeechCall, SpeechJob, CompletableFuture<SpeechResult>> resultOf) {
    }

    @Override
    public boolean tracksJobs(SpeechOperation operation) {
        return jobHandling.containsKey(operation);
    }

    @Override
    public CompletableFuture<SpeechJob> pollJob(SpeechCall call, SpeechJob job) {
        return handling(call.operation()).poller().apply(call, job);
    }

    @Override
    public CompletableFuture<SpeechResult> jobResult(SpeechCall call, SpeechJob job) {
        return handling(call.operation()).resultOf().apply(call, job);
    }

    private JobHandling handling(SpeechOperation operation) {
        JobHandling handling = jobHandling.get(operation);
        if (handling == null) {
            throw new IllegalStateException(id() + ":" + operation + " submits no job");
        }
        return handling;
    }

    /** Adds the credentials to a request (a header, for those providers that use one). */
    protected abstract void authorize(ProviderRequest request, SpeechCall call);

    /** A provider that reports errors inside 2xx answers refuses them here. */
    protected void checkAnswer(JsonNode answer, ProviderRequest request) {
    }

    @Override
    public Set<SpeechOperation> operations() {
        return Collections.unmodifiableSet(handlers.keySet());
    }

    @Override
    public Set<String> options(SpeechOperation operation) {
        Set<String> options = new LinkedHashSet<>();
        params(operation).forEach(p -> options.add(p.option()));
        options.addAll(extraOptions.get(operation));
        return options;
    }

    @Override
    public void validate(SpeechOperation operation, OptionValues values, boolean complete) {
        Params.validate(id(), operation, params(operation), values, complete);
    }

    @Override
    public CompletableFuture<SpeechResult> execute(SpeechCall call) {
        validate(call.operation(), call.options(), true);
        JobTracking tracking = call.tracking();
        if (tracking != null && tracksJobs(call.operation())) {
            String key = tracking.idempotencyKey() != null ? tracking.idempotencyKey() : IdempotencyKeys.of(this, call);
            SpeechCall keyed = call.withTracking(tracking.withIdempotencyKey(key));
            java.util.Optional<JobRecord> earlier = tracking.tracker().reusable(key, tracking.retentionMillis());
            if (earlier.isPresent()) {
                // the same input was submitted before: follow that job instead of paying for another
                SpeechCall resumed = keyed.withTracking(keyed.tracking().resuming(earlier.get().reference()));
                return follow(resumed, JobTracker.jobOf(earlier.get()));
            }
            return handlers.get(call.operation()).apply(keyed);
        }
        return handlers.get(call.operation()).apply(call);
    }

    protected final List<Param> params(SpeechOperation operation) {
        List<Param> documented = params.get(operation);
        if (documented == null) {
            throw new SpeechValidationException("operation", id() + " does not offer " + operation + "; it offers "
                    + operations());
        }
        return documented;
    }

    // --- sending -----------------------------------------------------------------------------------------------

    protected final URI uri(SpeechCall call, String path) {
        return URI.create(call.baseUrl() + path);
    }

    protected final CompletableFuture<JsonNode> postJson(SpeechCall call, URI uri, JsonNode body) {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ProviderRequest request = ProviderRequest.post(uri, "application/json",
                () -> HttpRequest.BodyPublishers.ofByteArray(bytes));
        return sendJson(call, request, true);
    }

    protected final CompletableFuture<JsonNode> getJson(SpeechCall call, URI uri) {
        return sendJson(call, ProviderRequest.get(uri), true);
    }

    /** Sends and parses the JSON answer; {@code authorized} false for presigned targets that must not see keys. */
    protected final CompletableFuture<JsonNode> sendJson(SpeechCall call, ProviderRequest request, boolean authorized) {
        if (authorized) {
            authorize(request, call);
        }
        return call.transport().send(request, ResponseReaders.bytes(), call.policy())
                .thenApply(response -> {
                    JsonNode json = parse(response.body(), request);
                    checkAnswer(json, request);
                    return json;
                });
    }

    /** For presigned targets (no credentials) that answer 2xx with an empty or XML body. */
    protected final CompletableFuture<Void> sendIgnoringBody(SpeechCall call, ProviderRequest request) {
        return call.transport().send(request, ResponseReaders.bytes(), call.policy()).thenApply(response -> null);
    }

    /** Downloads a result (presigned: no credentials) into a stream cache, spooled to disk above the threshold. */
    protected final CompletableFuture<ProviderResponse<StreamCache>> download(SpeechCall call, String url) {
        ProviderRequest request = ProviderRequest.get(URI.create(url));
        return call.transport().send(request, ResponseReaders.streamCache(call.spoolThreshold(),
                () -> TempFiles.create(call.exchange(), ".result").toFile()), call.policy());
    }

    private JsonNode parse(byte[] bytes, ProviderRequest request) {
        if (bytes.length == 0) {
            return SpeechJson.MAPPER.createObjectNode();
        }
        try {
            return SpeechJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            String text = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8);
            throw SpeechProviderException.builder(id(), 200).errorCode("malformed_response")
                    .message(request.describe() + " answered malformed JSON").retryable(request.idempotent())
                    .responseBody(text).build();
        }
    }

    // --- jobs --------------------------------------------------------------------------------------------------

    /**
     * The provider accepted a job: it is recorded in the job store before anything else happens. With
     * {@code wait=false} the route continues with it at once; otherwise it is followed to its end.
     */
    protected final CompletableFuture<SpeechResult> track(SpeechCall call, SpeechJob submitted) {
        JobTracking tracking = call.tracking();
        if (tracking != null) {
            tracking.tracker().submitted(tracking.reference(), call.operation().name(), submitted,
                    tracking.idempotencyKey(), tracking.token());
        }
        return follow(call, submitted);
    }

    /** The callback URL this submission should give the provider, when callbacks are on. */
    protected static String callbackUrl(SpeechCall call) {
        return call.tracking() == null ? null : call.tracking().callbackUrl();
    }

    private CompletableFuture<SpeechResult> follow(SpeechCall call, SpeechJob job) {
        JobTracking tracking = call.tracking();
        if (Boolean.FALSE.equals(call.options().get("wait"))) {
            SpeechResult now = jobResult(job);
            if (tracking != null) {
                now.header(SpeechConstants.JOB_REFERENCE, tracking.reference());
            }
            return CompletableFuture.completedFuture(now);
        }
        CompletableFuture<SpeechJob> done;
        if (job.state().isFinal()) {
            done = job.state() == JobState.COMPLETED ? CompletableFuture.completedFuture(job)
                    : CompletableFuture.failedFuture(new SpeechJobException(job, job.state() == JobState.CANCELED
                            ? SpeechJobException.Reason.CANCELED : SpeechJobException.Reason.FAILED,
                            id() + " job " + job.id() + " " + job.state().name().toLowerCase() + ": " + job.error(), null));
        } else {
            PollSchedule schedule = schedule(call);
            long firstPoll = tracking != null && tracking.callbackUrl() != null
                    ? Math.max(schedule.intervalMillis(), tracking.callbackGraceMillis()) : schedule.intervalMillis();
            done = call.jobs().awaitFinal(job, current -> pollJob(call, current).thenApply(polled -> {
                if (tracking != null) {
                    tracking.tracker().updated(tracking.reference(), polled);
                }
                return polled;
            }), schedule, firstPoll);
        }
        return done.whenComplete((finished, failure) -> delivered(tracking, finished, failure))
                .thenCompose(finished -> jobResult(call, finished))
                .thenApply(result -> tracking == null ? result : result.header(SpeechConstants.JOB_REFERENCE,
                        tracking.reference()));
    }

    /** A final job handed to the waiting route is not emitted again by a jobs consumer. */
    private static void delivered(JobTracking tracking, SpeechJob finished, Throwable failure) {
        if (tracking == null) {
            return;
        }
        SpeechJob last = finished;
        if (failure instanceof SpeechJobException e || failure != null && failure.getCause() instanceof SpeechJobException) {
            SpeechJobException jobFailure = failure instanceof SpeechJobException e2 ? e2 : (SpeechJobException) failure.getCause();
            // a timeout or a stop leaves the job to a jobs consumer; a job the provider ended is the route's now
            if (jobFailure.getReason() != SpeechJobException.Reason.FAILED
                    && jobFailure.getReason() != SpeechJobException.Reason.CANCELED) {
                return;
            }
            last = jobFailure.getJob();
        }
        if (last != null) {
            tracking.tracker().updated(tracking.reference(), last);
            tracking.tracker().delivered(tracking.reference());
        }
    }

    protected static PollSchedule schedule(SpeechCall call) {
        return new PollSchedule(number(call, "pollInterval", 2000), number(call, "maxPollInterval", 30000), 1.5,
                number(call, "jobTimeout", 1800000));
    }

    private static long number(SpeechCall call, String option, long fallback) {
        Object value = call.options().get(option);
        return value instanceof Number n ? n.longValue() : fallback;
    }

    /** A result whose body is the job itself (submitted, looked up, or finished with nothing to download). */
    protected static SpeechResult jobResult(SpeechJob job) {
        return withHeaders(new SpeechResult(job), job);
    }

    protected static SpeechResult withHeaders(SpeechResult result, ResultHeaders source) {
        source.resultHeaders().forEach(result::header);
        return result;
    }

    /** The id a getJob call looks up: header CamelSpeechJobId, else option jobId. */
    protected static String jobId(SpeechCall call) {
        Object id = call.options().get("jobId");
        if (id == null || id.toString().isBlank()) {
            throw new SpeechValidationException("jobId", call.describe() + " needs the job id: header "
                    + SpeechConstants.JOB_ID + " or option jobId");
        }
        return id.toString();
    }

    protected static List<String> split(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof Iterable<?> many) {
            many.forEach(item -> items.add(String.valueOf(item).trim()));
        } else if (value != null) {
            for (String item : value.toString().split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    protected static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
