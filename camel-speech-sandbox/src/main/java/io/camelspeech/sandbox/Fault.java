package io.camelspeech.sandbox;

import io.camelspeech.sandbox.spi.ProviderError;

import java.time.Duration;
import java.util.Objects;

/** A misbehaviour the sandbox can inject instead of (or before) a normal answer; see {@link Faults}. */
public final class Fault {

    enum Kind { ERROR, RATE_LIMITED, DELAY, DROP_CONNECTION, MALFORMED_JSON }

    private final Kind kind;
    private final ProviderError error;
    private final int retryAfterSeconds;
    private final Duration delay;

    private Fault(Kind kind, ProviderError error, int retryAfterSeconds, Duration delay) {
        this.kind = kind;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
        this.delay = delay;
    }

    /** An error answer in the provider's documented format, for example {@code status(400, "bad_request", "...")}. */
    public static Fault status(int httpStatus, String errorCode, String message) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("an error status must be 4xx or 5xx, was " + httpStatus);
        }
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(message, "message");
        return error(ProviderError.of(httpStatus, errorCode, message));
    }

    /** 429 rate_limited with Retry-After, X-RateLimit-Remaining: 0 and X-RateLimit-Reset. */
    public static Fault rateLimited(int retryAfterSeconds) {
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
        return new Fault(Kind.RATE_LIMITED, null, retryAfterSeconds, Duration.ZERO);
    }

    /** 503 model_loading: the model is warming up, retry in a few seconds. */
    public static Fault modelLoading() {
        return error(ProviderError.of(503, "model_loading", "The model is loading. Retry in a few seconds."));
    }

    /** 500 internal_error. */
    public static Fault internalError() {
        return error(ProviderError.of(500, "internal_error", "Server error. Please try again later."));
    }

    /** 402 insufficient_credits with credits_required and credits_available. */
    public static Fault insufficientCredits(long required, long available) {
        return error(ProviderError.of(402, "insufficient_credits", "You do not have enough credits for this request.")
                .withDetail("credits_required", required)
                .withDetail("credits_available", available));
    }

    /** Answers normally, but only after the delay. */
    public static Fault delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        return new Fault(Kind.DELAY, null, 0, delay);
    }

    /**
     * Closes the connection without any response: the client sees an IOException. java.net.http silently retries
     * an idempotent request (GET) once when a connection closes before any response byte, as it would against a
     * real server: enqueue this fault twice for a GET.
     */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, null, 0, Duration.ZERO);
    }

    /** 200 with Content-Type application/json and a body that is not valid JSON. */
    public static Fault malformedJson() {
        return new Fault(Kind.MALFORMED_JSON, null, 0, Duration.ZERO);
    }

    private static Fault error(ProviderError error) {
        return new Fault(Kind.ERROR, error, 0, Duration.ZERO);
    }

    Kind kind() {
        return kind;
    }

    ProviderError error() {
        return error;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ERROR -> "Fault[" + error.status() + " " + error.code() + "]";
            case RATE_LIMITED -> "Fault[429 rate_limited, retry after " + retryAfterSeconds + " s]";
            case DELAY -> "Fault[delay " + delay.toMillis() + " ms]";
            case DROP_CONNECTION -> "Fault[drop connection]";
            case MALFORMED_JSON -> "Fault[malformed JSON]";
        };
    }
}
