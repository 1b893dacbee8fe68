package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request that reached a provider module, as the sandbox saw it.
 *
 * @param path           the raw request path, for example {@code /ttsai/v1/tts/}
 * @param query          the raw query string, empty when there is none
 * @param headers        request headers by lower-case name
 * @param contentType    the Content-Type header, or null
 * @param json           the parsed body when it was JSON, else null
 * @param partOrder      multipart part names in arrival order (empty unless multipart)
 * @param formFields     multipart text parts, in arrival order (the first value of a repeated name)
 * @param files          multipart file parts by field name (the first file of a repeated name); a body that is
 *                       neither JSON nor multipart (a PUT upload) appears under {@code body}
 * @param bodyBytes      number of body bytes received
 * @param responseStatus the status answered, or 0 when the connection was dropped without an answer
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
        String contentType, JsonNode json, List<String> partOrder, Map<String, String> formFields,
        Map<String, UploadedFile> files, long bodyBytes, int responseStatus) {

    public RecordedRequest {
        query = query == null ? "" : query;
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        partOrder = List.copyOf(partOrder);
        formFields = Collections.unmodifiableMap(new LinkedHashMap<>(formFields));
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The first value of a request header, matched case-insensitively; null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** True when the sandbox answered with a 2xx status. */
    public boolean succeeded() {
        return responseStatus >= 200 && responseStatus < 300;
    }
}
