package io.camelspeech.component.job;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.model.ResultHeaders;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.model.SpeechJsonBody;

/**
 * A provider job as the route sees it, whatever the provider: id, normalized state beside the provider's own,
 * timestamps, where the result is (a URL, an object name, a model name), the error when it failed, and details the
 * provider adds (e.g. AudioStack's discarded files).
 */
public record SpeechJob(
        String provider,
        String id,
        JobState state,
        String providerState,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        String resultLocation,
        String error,
        Map<String, Object> details) implements SpeechJsonBody, ResultHeaders {

    public SpeechJob {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static SpeechJob submitted(String provider, String id) {
        Instant now = Instant.now();
        return new SpeechJob(provider, id, JobState.SUBMITTED, null, now, now, null, null, null, Map.of());
    }

    /** The same job as the provider reports it now; creation time and known details are kept. */
    public SpeechJob update(JobState newState, String newProviderState, String location, String failure,
                            Map<String, Object> moreDetails) {
        Instant now = Instant.now();
        Map<String, Object> merged = new LinkedHashMap<>(details);
        if (moreDetails != null) {
            merged.putAll(moreDetails);
        }
        return new SpeechJob(provider, id, newState, newProviderState, createdAt, now,
                newState.isFinal() ? (completedAt != null ? completedAt : now) : null,
                location != null ? location : resultLocation, failure, merged);
    }

    @Override
    public Map<String, Object> resultHeaders() {
        Map<String, Object> headers = new HashMap<>();
        headers.put(SpeechConstants.JOB_ID, id);
        headers.put(SpeechConstants.JOB_STATE, state.name());
        headers.put(SpeechConstants.JOB_PROVIDER_STATE, providerState);
        headers.put(SpeechConstants.RESULT_LOCATION, resultLocation);
        return headers;
    }

    @Override
    public String toString() {
        return SpeechJson.write(this);
    }
}
