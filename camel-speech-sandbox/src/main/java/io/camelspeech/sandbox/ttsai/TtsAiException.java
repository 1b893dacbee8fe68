package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderException;

/** Ends the handling of a request with one of TTS.ai's documented errors. */
final class TtsAiException extends ProviderException {

    private static final long serialVersionUID = 1L;

    private TtsAiException(ProviderError error) {
        super(error);
    }

    static TtsAiException badRequest(String message) {
        return new TtsAiException(ProviderError.of(400, "bad_request", message));
    }

    static TtsAiException unauthorized(String message) {
        return new TtsAiException(ProviderError.of(401, "unauthorized", message));
    }

    static TtsAiException insufficientCredits(long required, long available) {
        return new TtsAiException(ProviderError.of(402, "insufficient_credits",
                        "You do not have enough credits for this request.")
                .withDetail("credits_required", required)
                .withDetail("credits_available", available));
    }

    static TtsAiException forbidden(String message) {
        return new TtsAiException(ProviderError.of(403, "forbidden", message));
    }

    static TtsAiException notFound(String message) {
        return new TtsAiException(ProviderError.of(404, "not_found", message));
    }

    static TtsAiException fileTooLarge(String message) {
        return new TtsAiException(ProviderError.of(413, "file_too_large", message));
    }

    static TtsAiException rateLimited(String message, long retryAfterSeconds) {
        return new TtsAiException(ProviderError.of(429, "rate_limited", message)
                .withHeader("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
