package io.camelspeech.component.kamelet;

import io.camelspeech.component.store.InMemoryJobStore;
import io.camelspeech.sandbox.junit.SandboxExtension;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Routes that use the component's Kamelets (loaded by camel-kamelet from {@code classpath:kamelets}, where
 * src/main/resources/kamelets puts them) against the sandbox over real HTTP: one sandbox per class, a clean wire log
 * per test, an in-memory job store per test's context.
 */
abstract class KameletTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension sandbox = SandboxExtension.create();

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        registry.bind("jobStore", new InMemoryJobStore());
    }

    /** Kamelet properties that point a provider at the sandbox with its key: "&baseUrl=...&apiKey=sandbox-key". */
    protected static String atSandbox(String provider) {
        return "&baseUrl=" + sandbox.providerBaseUrl(provider) + "&apiKey=sandbox-key";
    }

    /** Real speech from the sandbox (a WAV carrying its text), then a clean wire log for the test's own requests. */
    protected byte[] speech(String text) {
        byte[] audio = template.requestBody("speech:ttsai:textToSpeech?voice=af_bella&format=wav&apiKey=sandbox-key&baseUrl="
                                            + sandbox.providerBaseUrl("ttsai"), text, byte[].class);
        sandbox.wire().clear();
        return audio;
    }

    /** The URI of the speech endpoint ("ttsai:textToSpeech") a Kamelet's route created, as Camel normalised it. */
    protected String speechEndpointUri(String operation) {
        return context.getEndpoints().stream().map(Endpoint::getEndpointUri)
                .filter(uri -> uri.startsWith("speech://" + operation))
                .findFirst().orElseThrow(() -> new AssertionError("no speech endpoint for " + operation + " in "
                                                                  + context.getEndpoints()));
    }
}
