package io.camelspeech.component;

import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Route tests against the sandbox over real HTTP: one sandbox per test class, a clean wire log per test. */
abstract class SandboxTestSupport extends CamelTestSupport {

    protected static SpeechSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = SpeechSandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void cleanSandbox() {
        sandbox.wire().clear();
        sandbox.faults().clear();
    }

    /** A TTS.ai endpoint against the sandbox with fast retries; {@code options} like "voice=af_bella&format=wav". */
    protected static String ttsai(String operation, String options) {
        return "speech:ttsai:" + operation + "?apiKey=sandbox-key&baseUrl=" + sandbox.providerBaseUrl("ttsai")
               + "&retryDelay=20" + (options.isEmpty() ? "" : "&" + options);
    }

    protected static Throwable failure(Exchange exchange) {
        return exchange.getException();
    }
}
