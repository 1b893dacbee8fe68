package io.camelspeech.sandbox.spi;

/**
 * Ends the handling of a request with an error, which the sandbox renders through the module's
 * {@link ProviderModule#sendError}. Each provider extends it with factories for its documented errors.
 */
public class ProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProviderError error;

    protected ProviderException(ProviderError error) {
        // control flow, not a failure: no stack trace needed
        super(error.code() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    /** An error no provider-specific factory names, such as the storage errors S3 answers for every bucket. */
    public static ProviderException of(ProviderError error) {
        return new ProviderException(error);
    }

    public final ProviderError error() {
        return error;
    }
}
