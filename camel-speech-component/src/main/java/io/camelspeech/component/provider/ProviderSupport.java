package io.camelspeech.component.provider;

import io.camelspeech.component.support.Futures;
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
import org.apache.camel.Exchange;

/**
 * What every provider adapter stands on. An adapter registers its operations, either as a row of an
 * {@link HttpOperation} table (one call: TTS.ai, OpenAI) or as a handler of its own (several calls and a job:
 * Replica, AI/ML API, AudioStack, Tencent), with their documented parameters; it gives its authorization, and for
 * jobs how to poll one and what a finished one gives the route. Sending, JSON and multipart requests, answer parsing,
 * the malformed-answer error, downloads, write-ahead, waiting (or not, with {@code wait=false}) and recording jobs
 * are here, once.
 */
public abstract class ProviderSupport implements SpeechProvider {

    /** What every job operation reads, beside its own parameters. */
    protected static final List<Param> JOB_PARAMS = CommonParams.JOB;

    private final String id;
    private final String defaultBaseUrl;
    private final RateLimits limits;
    private final Map<SpeechOperation, Function<SpeechCall, CompletableFuture<SpeechResult>>> handlers
            = new EnumMap<>(SpeechOperation.class);
    private final Map<SpeechOperation, List<Param>> params = new EnumMap<>(SpeechOperation.class);
    private final Map<SpeechOperation, JobHandling> jobHandling = new EnumMap<>(SpeechOperation.class);
    private final HttpOperationRunner oneCall = new HttpOperationRunner(this);

    /** @param limits the client-side limits (and text length) whatever the plan: these providers publish one set */
    protected ProviderSupport(String id, String defaultBaseUrl, RateLimits limits) {
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

    /** Registers an operation: its handler and every option it reads, declared (shared ones first). */
    protected final void operation(SpeechOperation operation, Function<SpeechCall, CompletableFuture<SpeechResult>> handler,
                                   List<Param> shared, Param... documented) {
        handlers.put(operation, handler);
        List<Param> all = new ArrayList<>(shared);
        all.addAll(List.of(documented));
        params.put(operation, List.copyOf(all));
    }

    /** Registers an operation that is one HTTP call, described as the provider's page describes it. */
    protected final void operation(SpeechOperation operation, HttpOperation described) {
        handlers.put(operation, call -> oneCall.run(call, described));
        params.put(operation, described.allParams());
    }

    /**
     * Registers {@code getJob}: the id from header CamelSpeechJobId or option jobId, asked about with the same call
     * as a tracked job's poll; the route gets {@code result} of the job as it is now.
     */
    protected final void getJob(java.util.function.BiFunction<SpeechCall, SpeechJob, CompletableFuture<SpeechJob>> poller,
                                Function<SpeechJob, SpeechResult> result) {
        operation(SpeechOperation.getJob, call -> poller.apply(call, SpeechJob.submitted(id(), jobId(call)))
                .thenApply(result), List.of(CommonParams.JOB_ID));
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

    /** Headers the provider puts on answers (credits, rate limits), as {@code CamelSpeech*} headers of the result. */
    protected void readResponseHeaders(ProviderResponse<?> response, SpeechResult result) {
    }

    /** What a health check sends: the provider's cheapest request that costs nothing and needs the credentials. */
    protected abstract HealthProbe healthProbe(SpeechCall call);

    @Override
    public final CompletableFuture<Void> probe(SpeechCall call) {
        HealthProbe probe = healthProbe(call);
        ProviderRequest request = probe.request();
        authorize(request, call);
        return call.transport().send(request, ResponseReaders.bytes(), call.policy()).handle((response, failure) -> {
            Throwable cause = failure == null ? null : Futures.cause(failure);
            if (cause == null) {
                if (response.body().length > 0 && response.header("Content-Type") != null
                        && response.header("Content-Type").contains("json")) {
                    checkAnswer(parse(response.body(), request), request); // errors inside 2xx (Tencent)
                }
                return null;
            }
            if (probe.notFoundMeansAccepted() && cause instanceof SpeechProviderException refused
                    && refused.getStatusCode() == 404) {
                return null;
            }
            throw cause instanceof RuntimeException runtime ? runtime : new java.util.concurrent.CompletionException(cause);
        });
    }

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
            long timeout = schedule(call).timeoutMillis();
            long deadline = timeout > 0 ? System.currentTimeMillis() + timeout : Long.MAX_VALUE; // 0: no timeout
            return submitOrFollow(call.withTracking(tracking.withIdempotencyKey(key)), deadline);
        }
        return handlers.get(call.operation()).apply(call);
    }

    /**
     * Follows a submission of the same input (in flight in this JVM, or recorded earlier), else submits it. While
     * another instance holds an earlier submission's lease, looks again later, until {@code deadline}.
     */
    private CompletableFuture<SpeechResult> submitOrFollow(SpeechCall keyed, long deadline) {
        JobTracker tracker = keyed.tracking().tracker();
        String key = keyed.tracking().idempotencyKey();
        java.util.Optional<Map.Entry<String, CompletableFuture<SpeechJob>>> sameInputNow = tracker.inFlightByKey(key);
        if (sameInputNow.isPresent()) {
            // the same input is being submitted in this JVM right now: follow that submission
            SpeechCall resumed = keyed.withTracking(keyed.tracking().resuming(sameInputNow.get().getKey()));
            return sameInputNow.get().getValue().thenCompose(job -> follow(resumed, job));
        }
        return tracker.earlierSubmission(key, keyed.tracking().retentionMillis())
                .map(earlier -> resume(keyed, earlier, deadline))
                .orElseGet(() -> submitNew(keyed));
    }

    /** Runs the operation's handler: a submission of its own. */
    private CompletableFuture<SpeechResult> submitNew(SpeechCall call) {
        return handlers.get(call.operation()).apply(call);
    }

    /**
     * The same input was submitted before: follow that job instead of paying for another. A submission still waiting
     * for its answer in this JVM is followed once answered; one whose answer was lost (a crash) is recovered first.
     */
    private CompletableFuture<SpeechResult> resume(SpeechCall call, JobRecord earlier, long deadline) {
        SpeechCall resumed = call.withTracking(call.tracking().resuming(earlier.reference()));
        if (earlier.jobId() != null) {
            return follow(resumed, JobTracker.jobOf(earlier));
        }
        if (earlier.state() == JobState.UNKNOWN) {
            return unknownSubmission(call, earlier);
        }
        if (earlier.state() != JobState.SUBMITTING) {
            // retired without a job (refused, never received): nothing was paid, this is a new submission
            return submitNew(call);
        }
        java.util.Optional<CompletableFuture<SpeechJob>> inFlight = call.tracking().tracker().inFlight(earlier.reference());
        if (inFlight.isPresent()) {
            return inFlight.get().thenCompose(job -> follow(resumed, job));
        }
        if (earlier.leaseUntil() != null && earlier.leaseUntil().isAfter(java.time.Instant.now())
                && call.tracking().tracker().owner().equals(earlier.owner())) {
            // this JVM's own submission ended without an answer a moment ago: recovered once its lease is over
            return retryLater(call, earlier, earlier.leaseUntil(), deadline);
        }
        return call.tracking().tracker().recover(earlier, call.tracking().lease(), pending -> recoverSubmission(resumed, pending))
                .handle((recovered, failure) -> {
                    Throwable cause = Futures.cause(failure);
                    if (cause instanceof JobTracker.LeaseHeldException held) {
                        // another instance is submitting (or recovering) it now: look again once its lease is over
                        return retryLater(call, earlier, held.leaseUntil(), deadline);
                    }
                    if (cause != null) {
                        return CompletableFuture.<SpeechResult>failedFuture(cause);
                    }
                    return switch (recovered.outcome()) {
                        case FOUND -> follow(resumed, recovered.job());
                        case UNKNOWN -> unknownSubmission(call, call.tracking().tracker().store()
                                .findByReference(earlier.reference()).orElse(earlier));
                        case NOT_SUBMITTED -> {
                            call.tracking().tracker().retire(earlier, JobState.FAILED, "never reached " + id()
                                    + ": sent again as " + call.tracking().reference());
                            call.tracking().tracker().delivered(earlier.reference());
                            yield submitNew(call);
                        }
                    };
                }).thenCompose(result -> result);
    }

    private CompletableFuture<SpeechResult> retryLater(SpeechCall call, JobRecord earlier, java.time.Instant leaseUntil,
                                                       long deadline) {
        long now = System.currentTimeMillis();
        if (now >= deadline) {
            return CompletableFuture.failedFuture(new SpeechJobException(JobTracker.jobOf(earlier),
                    SpeechJobException.Reason.TIMEOUT, call.describe() + ": the same input's submission "
                    + earlier.reference() + " stayed leased to " + earlier.owner() + " for longer than jobTimeout",
                    null, earlier.reference()));
        }
        long delay = leaseUntil == null ? 200 : Math.max(200, leaseUntil.toEpochMilli() - now + 50);
        CompletableFuture<SpeechResult> later = new CompletableFuture<>();
        call.tracking().tracker().later(() -> {
            CompletableFuture<SpeechResult> again;
            try {
                again = submitOrFollow(call, deadline);
            } catch (RuntimeException e) {
                again = CompletableFuture.failedFuture(e); // e.g. bad input found only now: the route must hear of it
            }
            again.whenComplete((result, failure) -> {
                if (failure != null) {
                    later.completeExceptionally(failure);
                } else {
                    later.complete(result);
                }
            });
        }, Math.min(delay, deadline - now));
        return later;
    }

    /**
     * The earlier submission may have reached the provider, which cannot be asked: with onUnknownSubmission=fail (the
     * default) the exchange fails and the input is not sent again; with resubmit, it is sent again (it may be paid
     * twice) and the unknown one is retired.
     */
    private CompletableFuture<SpeechResult> unknownSubmission(SpeechCall call, JobRecord unknown) {
        if ("resubmit".equals(CommonParams.ON_UNKNOWN_SUBMISSION.textIn(call.options()))) {
            call.tracking().tracker().retire(unknown, JobState.UNKNOWN, "sent again as " + call.tracking().reference()
                    + " (onUnknownSubmission=resubmit)");
            call.tracking().tracker().delivered(unknown.reference());
            return submitNew(call);
        }
        SpeechJob job = JobTracker.jobOf(unknown);
        return CompletableFuture.failedFuture(new SpeechJobException(job, SpeechJobException.Reason.UNKNOWN_SUBMISSION,
                call.describe() + ": the same input was submitted before (" + unknown.reference() + ", "
                + unknown.createdAt() + ") and " + id() + " cannot be asked whether it received it; it is not sent "
                + "again (set onUnknownSubmission=resubmit to pay again rather than wait for a person)",
                null, unknown.reference()));
    }

    @Override
    public final List<Param> params(SpeechOperation operation) {
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
        if (call.tracking() != null && call.tracking().writeAhead() != null) {
            request.beforeSending(call.tracking().writeAhead());
        }
        return call.transport().send(request, ResponseReaders.bytes(), call.policy())
                .thenApply(response -> {
                    JsonNode json = response.body().length == 0 ? SpeechJson.MAPPER.createObjectNode()
                            : parse(response.body(), request);
                    checkAnswer(json, request);
                    return json;
                });
    }

    /** For presigned targets (no credentials) that answer 2xx with an empty or XML body. */
    protected final CompletableFuture<Void> sendIgnoringBody(SpeechCall call, ProviderRequest request) {
        return call.transport().send(request, ResponseReaders.bytes(), call.policy()).thenApply(response -> null);
    }

    /**
     * Downloads a finished job's result into a stream cache (spooled to disk above the threshold): the audio as the
     * body with its content type, the job's headers beside it. {@code authorized} false for presigned URLs, which
     * must not see keys.
     */
    protected final CompletableFuture<SpeechResult> download(SpeechCall call, SpeechJob done, boolean authorized) {
        ProviderRequest request = ProviderRequest.get(URI.create(done.resultLocation()));
        if (authorized) {
            authorize(request, call);
        }
        return call.transport().send(request, ResponseReaders.streamCache(call.spoolThreshold(),
                () -> TempFiles.create(call.exchange(), ".result").toFile()), call.policy())
                .thenApply(response -> {
                    String contentType = response.header("Content-Type");
                    return withHeaders(new SpeechResult(response.body()), done)
                            .header(SpeechConstants.CONTENT_TYPE, contentType)
                            .header(Exchange.CONTENT_TYPE, contentType)
                            .header(SpeechConstants.PROVIDER, id());
                });
    }

    final JsonNode parse(byte[] bytes, ProviderRequest request) {
        try {
            return SpeechJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw malformed(request, "malformed JSON", bytes);
        }
    }

    /** The provider answered 2xx with something other than what its page documents. */
    final SpeechProviderException malformed(ProviderRequest request, String what, byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.UTF_8);
        return SpeechProviderException.builder(id(), 200).errorCode("malformed_response")
                .message(request.describe() + " answered " + what).retryable(request.idempotent()).responseBody(text)
                .build();
    }

    // --- jobs --------------------------------------------------------------------------------------------------

    /**
     * The paid request(s) of a submission, written ahead: the submission is recorded durably (state SUBMITTING, with
     * {@code recoveryDetails}, e.g. the customId the job can be found by) once the first request of {@code create}
     * holds its rate-limit slot, before it leaves. A refused request retires the record; a lost answer leaves it for
     * recovery. While it runs, the same input sent again in this JVM follows this submission.
     */
    protected final <T> CompletableFuture<T> submit(SpeechCall call, Map<String, Object> recoveryDetails,
                                                    Function<SpeechCall, CompletableFuture<T>> create) {
        JobTracking tracking = call.tracking();
        if (tracking == null) {
            return create.apply(call);
        }
        JobTracker tracker = tracking.tracker();
        tracker.begin(tracking.reference(), tracking.idempotencyKey());
        SpeechJob pending = new SpeechJob(id(), null, JobState.SUBMITTING, null, java.time.Instant.now(), null, null,
                null, null, recoveryDetails);
        JobTracking writingAhead = tracking.withWriteAhead(() -> tracker.writeAhead(tracking.reference(),
                call.operation().name(), pending, tracking.idempotencyKey(), tracking.token(), tracking.lease()));
        CompletableFuture<T> answer;
        try {
            answer = create.apply(call.withTracking(writingAhead));
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.whenComplete((done, failure) -> {
            if (failure != null) {
                tracker.notAccepted(tracking.reference(), failure, writingAhead.writeAhead().started());
            }
        });
    }

    /**
     * The provider accepted a job: its id is recorded in the job store (durably) before anything else happens. With
     * {@code wait=false} the route continues with it at once; otherwise it is followed to its end.
     */
    protected final CompletableFuture<SpeechResult> track(SpeechCall call, SpeechJob submitted) {
        JobTracking tracking = call.tracking();
        if (tracking == null) {
            return follow(call, submitted);
        }
        return recordJob(call, submitted).thenCompose(durable -> follow(call, submitted));
    }

    /** Records the job the provider accepted under the call's reference, durably; the one way a job is recorded. */
    final CompletableFuture<?> recordJob(SpeechCall call, SpeechJob accepted) {
        JobTracking tracking = call.tracking();
        return tracking.tracker().submitted(tracking.reference(), call.operation().name(), accepted,
                tracking.idempotencyKey(), tracking.token());
    }

    /** The callback URL this submission should give the provider, when callbacks are on. */
    protected static String callbackUrl(SpeechCall call) {
        return call.tracking() == null ? null : call.tracking().callbackUrl();
    }

    private CompletableFuture<SpeechResult> follow(SpeechCall call, SpeechJob job) {
        JobTracking tracking = call.tracking();
        if (Boolean.FALSE.equals(CommonParams.WAIT.in(call.options()))) {
            SpeechResult now = jobResult(job);
            if (tracking != null) {
                tracking.tracker().handBack(tracking.reference());
                now.header(SpeechConstants.JOB_REFERENCE, tracking.reference());
            }
            return CompletableFuture.completedFuture(now);
        }
        if (tracking != null) {
            // while this route waits, no other instance sharing the store takes the job over
            tracking.tracker().hold(tracking.reference(), tracking.lease());
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
        return done.whenComplete((finished, failure) -> {
                    if (tracking != null && !delivered(tracking, finished, failure)) {
                        tracking.tracker().handBack(tracking.reference());
                    } else if (tracking != null) {
                        tracking.tracker().release(tracking.reference());
                    }
                })
                .thenCompose(finished -> jobResult(call, finished))
                .thenApply(result -> tracking == null ? result : result.header(SpeechConstants.JOB_REFERENCE,
                        tracking.reference()));
    }

    /**
     * A final job handed to the waiting route is not emitted again by a jobs consumer. False when the route stopped
     * waiting without the job's end (timeout, stop): a jobs consumer finishes it.
     */
    private static boolean delivered(JobTracking tracking, SpeechJob finished, Throwable failure) {
        SpeechJob last = finished;
        if (failure instanceof SpeechJobException e || failure != null && failure.getCause() instanceof SpeechJobException) {
            SpeechJobException jobFailure = failure instanceof SpeechJobException e2 ? e2 : (SpeechJobException) failure.getCause();
            // a timeout or a stop leaves the job to a jobs consumer; a job the provider ended is the route's now
            if (jobFailure.getReason() != SpeechJobException.Reason.FAILED
                    && jobFailure.getReason() != SpeechJobException.Reason.CANCELED) {
                return false;
            }
            last = jobFailure.getJob();
        }
        if (last != null) {
            tracking.tracker().updated(tracking.reference(), last);
            tracking.tracker().delivered(tracking.reference());
        }
        return true;
    }

    /** What this provider lets us find a lost submission by; by default nothing ({@code UNKNOWN}). */
    @Override
    public CompletableFuture<JobTracker.Recovered> recoverSubmission(SpeechCall call, SpeechJob pending) {
        return JobTracker.Recovered.unknown();
    }

    /** The waiting options, with the endpoint's values (their defaults are the configuration's, given once there). */
    protected static PollSchedule schedule(SpeechCall call) {
        return new PollSchedule(millis(call, CommonParams.POLL_INTERVAL), millis(call, CommonParams.MAX_POLL_INTERVAL),
                PollSchedule.RATIO, millis(call, CommonParams.JOB_TIMEOUT));
    }

    private static long millis(SpeechCall call, Param option) {
        if (option.in(call.options()) instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException(call.describe() + " reads no option " + option.option()); // every job operation lists it
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
        Object id = CommonParams.JOB_ID.in(call.options());
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
