package io.camelspeech.component;

import io.camelspeech.sandbox.junit.SandboxExtension;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Route tests against the sandbox over real HTTP: one sandbox per test class, a clean wire log per test. */
abstract class SandboxTestSupport extends CamelTestSupport {

    /** One sandbox per test class; its wire log, faults and jobs are cleared before each test. */
    @RegisterExtension
    protected static final SandboxExtension sandbox = SandboxExtension.create();

    /** Each test's context gets its own in-memory job store (jobs of earlier tests must not be reused). */
    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) throws Exception {
        registry.bind("jobStore", new io.camelspeech.component.store.InMemoryJobStore());
    }

    /** A TTS.ai endpoint against the sandbox with fast retries; {@code options} like "voice=af_bella&format=wav". */
    protected static String ttsai(String operation, String options) {
        return "speech:ttsai:" + operation + "?apiKey=sandbox-key&baseUrl=" + sandbox.providerBaseUrl("ttsai")
               + "&retryDelay=20" + (options.isEmpty() ? "" : "&" + options);
    }

    /** An endpoint of any provider against the sandbox, polling fast; credentials as the sandbox expects them. */
    protected static String sandboxUri(String provider, String operation, String options) {
        String credentials = "tencent".equals(provider) ? "secretId=sandbox-id&secretKey=RAW(sandbox-secret)" : "apiKey=sandbox-key";
        boolean job = java.util.Set.of("speechToSpeech", "speechToText", "cloneVoice", "clonedSpeech").contains(operation);
        return "speech:" + provider + ":" + operation + "?" + credentials + "&baseUrl=" + sandbox.providerBaseUrl(provider)
               + "&retryDelay=20" + (job ? "&pollInterval=50&maxPollInterval=200" : "")
               + (options.isEmpty() ? "" : "&" + options);
    }

    /** Real speech from the sandbox (WAV carrying its text), then a clean wire log for the test's own requests. */
    protected byte[] speech(String text) {
        byte[] audio = template.requestBody(ttsai("textToSpeech", "voice=af_bella&format=wav"), text, byte[].class);
        sandbox.wire().clear();
        return audio;
    }

    protected static Throwable failure(Exchange exchange) {
        return exchange.getException();
    }
}
