package io.camelspeech.sandbox.aimlapi;

import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderException;

/** Ends the handling of an AI/ML API request with an error. */
final class AimlApiException extends ProviderException {

    private static final long serialVersionUID = 1L;

    private AimlApiException(ProviderError error) {
        super(error);
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
}
