package io.camelspeech.component.transport;

import java.net.http.HttpHeaders;

/**
 * A successful (2xx) provider answer: status, headers, the body as the caller's reader made it, and how many
 * attempts it took.
 */
public record ProviderResponse<T>(int status, HttpHeaders headers, T body, int attempts) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public Long longHeader(String name) {
        String value = header(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
