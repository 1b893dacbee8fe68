package io.camelspeech.sandbox.spi;

/**
 * Decides whether a request may reach a provider's endpoints: returns normally, or throws the provider's own error
 * (a {@link ProviderException}). Header keys are checked by {@link KeyCheck}; a provider whose credentials travel
 * differently implements this itself.
 */
@FunctionalInterface
public interface Authentication {

    /** No credentials: storage that presigned URLs point to, where the signature is the permission. */
    Authentication NONE = exchange -> { };

    void check(ProviderExchange exchange);

    /**
     * True (the default) when the check comes before routing, as at an API gateway: a request without a valid key
     * is refused whatever its path. False when the credentials are part of an endpoint's body, so that a wrong path
     * or method is answered first.
     */
    default boolean beforeRouting() {
        return true;
    }
}
