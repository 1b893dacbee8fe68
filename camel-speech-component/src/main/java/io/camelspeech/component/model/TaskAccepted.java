package io.camelspeech.component.model;

import java.util.HashMap;
import java.util.Map;

import io.camelspeech.component.SpeechConstants;

/** A long task the provider accepted; its completion arrives at the webhook URL given with the request. */
public record TaskAccepted(String taskId, String status) implements ResultHeaders, SpeechJsonBody {

    @Override
    public Map<String, Object> resultHeaders() {
        Map<String, Object> headers = new HashMap<>();
        headers.put(SpeechConstants.JOB_ID, taskId);
        headers.put(SpeechConstants.JOB_STATE, status);
        return headers;
    }

    @Override
    public String toString() {
        return SpeechJson.write(this);
    }
}
