package io.camelspeech.sandbox.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A provider-neutral error answer; each {@link ProviderModule} renders it in its own documented format.
 *
 * @param details extra fields of the error object (for example {@code credits_required})
 * @param headers extra response headers (for example {@code Retry-After})
 */
public record ProviderError(int status, String code, String message, Map<String, Object> details,
        Map<String, String> headers) {

    public ProviderError {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static ProviderError of(int status, String code, String message) {
        return new ProviderError(status, code, message, Map.of(), Map.of());
    }

    public ProviderError withDetail(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(name, value);
        return new ProviderError(status, code, message, more, headers);
    }

    public ProviderError withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProviderError(status, code, message, details, more);
    }
}
