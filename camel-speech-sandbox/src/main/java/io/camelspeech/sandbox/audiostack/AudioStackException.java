package io.camelspeech.sandbox.audiostack;

import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderException;

import java.util.List;

/** Ends the handling of an AudioStack request with an error of the API or of its upload storage. */
final class AudioStackException extends ProviderException {

    static final String ERRORS = "errors";

    private static final long serialVersionUID = 1L;

    private AudioStackException(ProviderError error) {
        super(error);
    }

    static AudioStackException badRequest(String message, List<String> errors) {
        return new AudioStackException(ProviderError.of(400, "bad_request", message).withDetail(ERRORS, errors));
    }

    static AudioStackException badRequest(String error) {
        return badRequest("Validation error", List.of(error));
    }

    static AudioStackException forbidden(String message) {
        return new AudioStackException(ProviderError.of(403, "forbidden", message));
    }

    static AudioStackException notFound(String message) {
        return new AudioStackException(ProviderError.of(404, "not_found", message));
    }

    static AudioStackException conflict(String message) {
        return new AudioStackException(ProviderError.of(409, "conflict", message));
    }

    /** An error of the S3-like upload storage: status, S3 error code and message. */
    static AudioStackException storage(int status, String s3Code, String message) {
        return new AudioStackException(ProviderError.of(status, s3Code, message));
    }
}
