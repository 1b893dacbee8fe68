package io.camelspeech.component.provider;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.camelspeech.component.SpeechOperation;
import io.camelspeech.component.transport.ErrorParser;

/**
 * One speech service. An implementation knows only that provider's HTTP shapes (paths, fields, states, errors);
 * transport, retries, rate limits, option resolution and result headers are shared.
 */
public interface SpeechProvider {

    /** The URI name, e.g. {@code ttsai}. */
    String id();

    /** The documented base URL; {@code baseUrl} overrides it. */
    String defaultBaseUrl();

    Set<SpeechOperation> operations();

    /** The request options the operation reads; setting any other request option on its endpoint is an error. */
    Set<String> options(SpeechOperation operation);

    /** The operation's documented parameters: option, wire name, default and rules, declared once. */
    java.util.List<Param> params(SpeechOperation operation);

    /**
     * Checks values against the documented ranges. {@code complete} is false at endpoint creation (a header may still
     * supply a required value) and true for a message about to be sent.
     */
    void validate(SpeechOperation operation, OptionValues values, boolean complete);

    RateLimits rateLimits(String plan);

    /**
     * The options that hold this provider's credentials; each falls back to the environment variable
     * {@code SPEECH_<PROVIDER>_<OPTION>} (e.g. SPEECH_TTSAI_API_KEY, SPEECH_TENCENT_SECRET_KEY).
     */
    default java.util.List<String> credentialOptions() {
        return java.util.List.of("apiKey");
    }

    /** Whether the endpoint may run without credentials at this base URL (self-hosted compatible servers). */
    default boolean credentialsOptional(String baseUrl) {
        return false;
    }

    /** Reads the provider's error answers. */
    ErrorParser errorParser();

    /** Whether the operation submits a job that is tracked in the job store (and can be polled or called back). */
    default boolean tracksJobs(SpeechOperation operation) {
        return false;
    }

    /** Asks the provider once how a tracked job is doing (used by the producer's wait and the jobs consumer). */
    default CompletableFuture<io.camelspeech.component.job.SpeechJob> pollJob(
            SpeechCall call, io.camelspeech.component.job.SpeechJob job) {
        throw new UnsupportedOperationException(id() + " has no job status call for " + call.operation());
    }

    /**
     * Whether a tracked job can be asked about at all; TTS.ai's webhook tasks cannot (no status call), so the jobs
     * consumer ends one whose webhook never came after {@code jobTimeout}.
     */
    default boolean pollsJobs(SpeechOperation operation) {
        return tracksJobs(operation);
    }

    /**
     * After a crash: what became of a submission that was recorded (write-ahead) but whose create request got no
     * answer. {@code pending} is the job as recorded then (no id; details hold what the provider lets us find it
     * by). Providers that offer no way to find a job again answer {@code UNKNOWN}.
     */
    default CompletableFuture<io.camelspeech.component.job.JobTracker.Recovered> recoverSubmission(
            SpeechCall call, io.camelspeech.component.job.SpeechJob pending) {
        return io.camelspeech.component.job.JobTracker.Recovered.unknown();
    }

    /** What a finished job gives the route: the same body and headers as the producer's own wait. */
    default CompletableFuture<SpeechResult> jobResult(SpeechCall call, io.camelspeech.component.job.SpeechJob job) {
        SpeechResult result = new SpeechResult(job);
        job.resultHeaders().forEach(result::header);
        return CompletableFuture.completedFuture(result);
    }

    /** Whether the provider can call back when a job finishes (Tencent callback, TTS.ai webhook_url). */
    default boolean acceptsCallbacks() {
        return false;
    }

    /**
     * Reads a callback payload as the job it reports, given the job as this application knows it; fails with
     * {@link IllegalArgumentException} when the payload is not the provider's callback shape.
     */
    default io.camelspeech.component.job.SpeechJob parseCallback(
            com.fasterxml.jackson.databind.JsonNode payload, io.camelspeech.component.job.SpeechJob known) {
        throw new UnsupportedOperationException(id() + " sends no callbacks");
    }

    /**
     * Sends the provider's cheapest free request with the call's credentials (no retries: a health check asks again
     * later). Completes when the provider accepted the credentials; fails with what it answered otherwise.
     */
    CompletableFuture<Void> probe(SpeechCall call);

    /** Runs the operation without blocking the calling thread. */
    CompletableFuture<SpeechResult> execute(SpeechCall call);
}
