package io.camelspeech.sandbox.spi;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.audio.AudioCache;

/**
 * What a provider module gets from the running sandbox.
 *
 * @param baseUrl  {@code http://127.0.0.1:<port>}, for URLs that point back at the sandbox
 * @param webhooks sends callbacks to clients; stopped when the sandbox closes
 * @param jobs     the scripted fates of the jobs job-based providers create, and their counts
 * @param audio    the sandbox's synthesised audio, cached by what it was made from
 */
public record SandboxContext(SandboxConfig config, String baseUrl, WebhookSender webhooks, JobFates jobs,
        AudioCache audio) {

    /** The module's own settings (see {@link ProviderConfig}). */
    public <C extends ProviderConfig> C settings(Class<C> type) {
        return config.provider(type);
    }
}
