package io.camelspeech.component.provider;

import java.util.Map;

import io.camelspeech.component.SpeechOperation;
import io.camelspeech.component.job.JobEngine;
import io.camelspeech.component.transport.RequestPolicy;
import io.camelspeech.component.transport.SpeechHttpTransport;
import org.apache.camel.Exchange;

/** Everything one message's operation needs, resolved by the producer. */
public record SpeechCall(
        Exchange exchange,
        SpeechOperation operation,
        OptionValues options,
        Map<String, String> credentials,
        String baseUrl,
        RateLimits limits,
        long spoolThreshold,
        long maxUploadSize,
        SpeechHttpTransport transport,
        RequestPolicy policy,
        JobEngine jobs,
        JobTracking tracking) {

    public SpeechCall withTracking(JobTracking newTracking) {
        return new SpeechCall(exchange, operation, options, credentials, baseUrl, limits, spoolThreshold, maxUploadSize,
                transport, policy, jobs, newTracking);
    }

    /** The same call for a health probe: no retries (the check asks again later), a short timeout. */
    public SpeechCall forProbe(long timeoutMillis) {
        RequestPolicy once = new RequestPolicy(policy.provider(), 0, policy.retryDelayMillis(), policy.maxRetryDelayMillis(),
                Math.min(policy.requestTimeoutMillis(), timeoutMillis), policy.limiter(), policy.errorParser(),
                policy.statistics());
        return new SpeechCall(exchange, operation, options, credentials, baseUrl, limits, spoolThreshold, maxUploadSize,
                transport, once, jobs, tracking);
    }

    /** The API key, for providers that use one. */
    public String apiKey() {
        return credentials.get("apiKey");
    }

    public String credential(String option) {
        return credentials.get(option);
    }

    /** The upload limit: the operation's documented one unless the maxUploadSize option raises it. */
    public long uploadLimit(long documented) {
        return maxUploadSize > 0 ? maxUploadSize : documented;
    }

    /** The endpoint as a user would name it in an error message, e.g. speech:ttsai:textToSpeech. */
    public String describe() {
        return "speech:" + policy.provider() + ":" + operation;
    }
}
