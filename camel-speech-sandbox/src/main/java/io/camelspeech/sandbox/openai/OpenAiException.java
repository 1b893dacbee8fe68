package io.camelspeech.sandbox.openai;

import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderException;

import java.util.Locale;

/**
 * Ends the handling of an OpenAI-compatible request with an error, rendered by {@link OpenAiModule#sendError} as
 * {@code {"error": {"message", "type", "param", "code"}}}. The type and param travel in the {@link ProviderError}'s
 * details under {@value #TYPE} and {@value #PARAM}; {@code code} may be null, as OpenAI's often is.
 */
final class OpenAiException extends ProviderException {

    private static final long serialVersionUID = 1L;

    static final String TYPE = "type";
    static final String PARAM = "param";

    static final String INVALID_REQUEST = "invalid_request_error";
    static final String SERVER_ERROR = "server_error";
    static final String REQUESTS = "requests";
    static final String INSUFFICIENT_QUOTA = "insufficient_quota";
    static final String RATE_LIMIT_EXCEEDED = "rate_limit_exceeded";

    private OpenAiException(ProviderError error) {
        super(error);
    }

    static OpenAiException of(int status, String type, String message, String param, String code) {
        return new OpenAiException(ProviderError.of(status, code, message)
                .withDetail(TYPE, type)
                .withDetail(PARAM, param));
    }

    /** 400 invalid_request_error naming the field. */
    static OpenAiException invalid(String param, String code, String message) {
        return of(400, INVALID_REQUEST, message, param, code);
    }

    static OpenAiException missing(String param) {
        return invalid(param, "missing_required_parameter", "Missing required parameter: '" + param + "'.");
    }

    static OpenAiException invalidType(String param, String expected, String got) {
        return invalid(param, "invalid_type", "Invalid type for '" + param + "': expected " + expected
                + ", but got " + got + " instead.");
    }

    /** A value outside a closed set; {@code supported} already quoted and joined. */
    static OpenAiException invalidValue(String param, String value, String supported) {
        return invalid(param, "invalid_value", "Invalid value: '" + value + "'. Supported values are: " + supported + ".");
    }

    static OpenAiException tooLong(String param, int max, int length) {
        return invalid(param, "string_above_max_length", "Invalid '" + param + "': string too long. Expected a string"
                + " with maximum length " + max + ", but got a string with length " + length + " instead.");
    }

    static OpenAiException tooShort(String param) {
        return invalid(param, "string_below_min_length", "Invalid '" + param + "': string too short. Expected a string"
                + " with minimum length 1, but got an empty string instead.");
    }

    static OpenAiException belowMinimum(String param, double min, String got) {
        return invalid(param, "decimal_below_min_value", "Invalid '" + param + "': decimal below minimum value."
                + " Expected a value >= " + plain(min) + ", but got " + got + " instead.");
    }

    static OpenAiException aboveMaximum(String param, double max, String got) {
        return invalid(param, "decimal_above_max_value", "Invalid '" + param + "': decimal above maximum value."
                + " Expected a value <= " + plain(max) + ", but got " + got + " instead.");
    }

    /** A body that is not the JSON object or multipart form the endpoint reads; OpenAI names no param. */
    static OpenAiException unreadableBody(String message) {
        return of(400, INVALID_REQUEST, message, null, null);
    }

    static OpenAiException authentication(String message) {
        return of(401, INVALID_REQUEST, message, null, "invalid_api_key");
    }

    static OpenAiException notFound(String method, String path) {
        return of(404, INVALID_REQUEST, "Invalid URL (" + method + " " + path + ")", null, null);
    }

    static OpenAiException tooLarge(String param, long limit, long size) {
        return of(413, INVALID_REQUEST, "Maximum content size limit (" + limit + ") exceeded (" + size
                + " bytes read)", param, "file_too_large");
    }

    static OpenAiException rateLimited(String message, long retryAfterSeconds) {
        return new OpenAiException(ProviderError.of(429, RATE_LIMIT_EXCEEDED, message)
                .withDetail(TYPE, REQUESTS)
                .withDetail(PARAM, null)
                .withHeader(OpenAiModule.RETRY_AFTER, Long.toString(retryAfterSeconds)));
    }

    static OpenAiException insufficientQuota() {
        return of(429, INSUFFICIENT_QUOTA, "You exceeded your current quota, please check your plan and billing"
                + " details. For more information on this error, read the docs:"
                + " https://platform.openai.com/docs/guides/error-codes/api-errors.", null, INSUFFICIENT_QUOTA);
    }

    // 0.25, 4, 1 rather than 0.25, 4.0, 1.0
    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
