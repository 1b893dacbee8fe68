package io.camelspeech.sandbox.replica;

import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderException;

/** Ends the handling of a Replica request with an error of the API or of its upload storage. */
final class ReplicaException extends ProviderException {

    private static final long serialVersionUID = 1L;

    private ReplicaException(ProviderError error) {
        super(error);
    }

    static ReplicaException unauthorized(String message) {
        return new ReplicaException(ProviderError.of(401, "unauthorized", message));
    }

    static ReplicaException notFound(String message) {
        return new ReplicaException(ProviderError.of(404, "not_found", message));
    }

    static ReplicaException methodNotAllowed() {
        return new ReplicaException(ProviderError.of(405, "method_not_allowed", "Method Not Allowed"));
    }

    static ReplicaException unprocessable(String message) {
        return new ReplicaException(ProviderError.of(ReplicaAssumptions.UNPROCESSABLE, "unprocessable_entity", message));
    }

    /** An error of the S3-like storage: status, S3 error code (InvalidArgument, AccessDenied...) and message. */
    static ReplicaException storage(int status, String s3Code, String message) {
        return new ReplicaException(ProviderError.of(status, s3Code, message));
    }

    static ReplicaException storage(ProviderError error) {
        return new ReplicaException(error);
    }
}
