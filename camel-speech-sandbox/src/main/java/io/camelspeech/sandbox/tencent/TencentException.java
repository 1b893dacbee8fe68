package io.camelspeech.sandbox.tencent;

import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderException;

/** Ends the handling of a Tencent request with an error: HTTP 200 and an error code, unless the path is wrong. */
final class TencentException extends ProviderException {

    private static final long serialVersionUID = 1L;

    private TencentException(ProviderError error) {
        super(error);
    }

    static TencentException of(String code, String message) {
        return new TencentException(ProviderError.of(200, code, message));
    }

    static TencentException http(int status, String code, String message) {
        return new TencentException(ProviderError.of(status, code, message));
    }

    static TencentException authFailure(String message) {
        return of("AuthFailure", message);
    }

    static TencentException invalidAction(String message) {
        return of("InvalidAction", message);
    }

    static TencentException missingParameter(String fieldPath) {
        return of("MissingParameter", "The parameter " + fieldPath + " is missing.");
    }

    static TencentException invalidParameter(String message) {
        return of("InvalidParameter", message);
    }

    static TencentException invalidValue(String message) {
        return of("InvalidParameterValue", message);
    }

    static TencentException notFound(String message) {
        return of("ResourceNotFound", message);
    }

    static TencentException inUse(String message) {
        return of("ResourceInUse", message);
    }
}
