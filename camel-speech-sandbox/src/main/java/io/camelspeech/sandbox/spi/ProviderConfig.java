package io.camelspeech.sandbox.spi;

/**
 * The settings of one provider module: an immutable record in the provider's package, held by
 * {@code SandboxConfig} (one per registered provider, the registration's defaults unless set) and read by the
 * module through {@link SandboxContext#settings(Class)}.
 */
public interface ProviderConfig {

    /** Rejects a setting out of range; called when the {@code SandboxConfig} is built, as for its own settings. */
    void validate();

    /** Throws an {@link IllegalArgumentException} with {@code message} unless {@code condition} holds. */
    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
