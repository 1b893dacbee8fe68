package io.camelspeech.springboot;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One sandbox for all the starter's tests (Spring caches their application contexts, which keep using it); its
 * threads are daemons, so it does not keep the test JVM alive. TTS.ai accepts only {@link #TTSAI_KEY}, the key in
 * src/test/resources/application.properties.
 */
final class TestSandbox {

    static final String TTSAI_KEY = "boot-ttsai-key-2c9f";

    private static SpeechSandbox sandbox;

    private TestSandbox() {
    }

    static synchronized SpeechSandbox get() {
        if (sandbox == null) {
            sandbox = SpeechSandbox.start(SandboxConfig.builder().ttsaiApiKey(TTSAI_KEY).build());
        }
        return sandbox;
    }

    /** The component's base URL (camel.component.speech.base-url) on the sandbox's TTS.ai. */
    static void ttsaiBaseUrl(DynamicPropertyRegistry registry) {
        registry.add("camel.component.speech.base-url", () -> get().providerBaseUrl("ttsai"));
    }

    /**
     * An endpoint of any provider on the sandbox (jobs polled fast); its credentials come from the component's
     * credentials map.
     */
    static String uri(String provider, String operation, String options) {
        boolean job = java.util.Set.of("speechToSpeech", "speechToText", "cloneVoice", "clonedSpeech").contains(operation)
                      && !"ttsai".equals(provider);
        return "speech:" + provider + ":" + operation + "?baseUrl=" + get().providerBaseUrl(provider)
               + (job ? "&pollInterval=50&maxPollInterval=200" : "") + (options.isEmpty() ? "" : "&" + options);
    }
}
