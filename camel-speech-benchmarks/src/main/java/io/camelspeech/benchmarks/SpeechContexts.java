package io.camelspeech.benchmarks;

import io.camelspeech.component.SpeechComponent;
import io.camelspeech.component.store.InMemoryJobStore;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** Camel contexts for the child JVMs. */
final class SpeechContexts {

    /** Keys the sandbox accepts (its defaults). */
    static final String API_KEY = "sandbox-key";
    static final String TENCENT_CREDENTIALS = "secretId=sandbox-id&secretKey=RAW(sandbox-secret)";

    private SpeechContexts() {
    }

    /**
     * A context whose speech: component keeps jobs in memory: the default file store would write a folder into
     * the working directory and put disk writes into the timings.
     */
    static CamelContext withInMemoryJobStore() {
        CamelContext context = new DefaultCamelContext();
        SpeechComponent speech = new SpeechComponent();
        speech.setJobStore(new InMemoryJobStore());
        context.addComponent("speech", speech);
        return context;
    }
}
