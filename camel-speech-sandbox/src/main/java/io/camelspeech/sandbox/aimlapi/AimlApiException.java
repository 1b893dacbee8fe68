package io.camelspeech.sandbox.aimlapi;

import io.camelspeech.sandbox.spi.ProviderError;

/** Ends the handling of an AI/ML API request with an error. */
final class AimlApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProviderError error;

    private AimlApiException(ProviderError error) {
        // control flow, not a failure: no stack trace needed
        super(error.code() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    static AimlApiException badRequest(String message) {
        return new AimlApiException(ProviderError.of(400, "bad_request", message));
    }

    static AimlApiException unauthorized(String message) {
        return new AimlApiException(ProviderError.of(401, "unauthorized", message));
    }

    static AimlApiException notFound(String message) {
        return new AimlApiException(ProviderError.of(404, "not_found", message));
    }

    static AimlApiException payloadTooLarge(String message) {
        return new AimlApiException(ProviderError.of(413, "payload_too_large", message));
    }

    ProviderError error() {
        return error;
    }
}
