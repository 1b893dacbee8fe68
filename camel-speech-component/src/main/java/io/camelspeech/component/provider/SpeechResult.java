package io.camelspeech.component.provider;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an operation gives the route: the new body and the headers to set beside it. */
public final class SpeechResult {

    private final Object body;
    private final Map<String, Object> headers = new LinkedHashMap<>();

    public SpeechResult(Object body) {
        this.body = body;
    }

    public SpeechResult header(String name, Object value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    public Object body() {
        return body;
    }

    public Map<String, Object> headers() {
        return headers;
    }
}
