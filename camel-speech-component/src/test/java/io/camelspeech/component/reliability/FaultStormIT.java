package io.camelspeech.component.reliability;

import io.camelspeech.sandbox.testing.TestAudio;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.model.Transcript;
import io.camelspeech.component.store.InMemoryJobStore;
import io.camelspeech.sandbox.Fault;
import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * 2,000 AI/ML API jobs while the provider misbehaves on 20 % of all requests (500, 503 model_loading, 429 with
 * Retry-After, dropped connections, slow answers, malformed JSON). Every job ends completed or failed with a reason;
 * none is lost; no input creates two provider jobs.
 */
class FaultStormIT extends CamelTestSupport {

    private static final int JOBS = 2000;
    private static final int IN_FLIGHT = 200;

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("jobStore", new InMemoryJobStore());
    }

    @Test
    void everyJobEndsCompletedOrWithAReasonAndNothingIsBilledTwice() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start(SandboxConfig.builder().jobDuration(Duration.ofMillis(150))
                .threads(96).build())) {
            // weights: the 429's pause the whole key for a second, so they are the rarest kind
            sandbox.faults().randomly(0.2, 2026, Fault.internalError(), Fault.modelLoading(), Fault.dropConnection(),
                    Fault.delay(Duration.ofMillis(400)), Fault.malformedJson(), Fault.internalError(),
                    Fault.modelLoading(), Fault.delay(Duration.ofMillis(400)), Fault.rateLimited(1));
            String uri = "speech:aimlapi:speechToText?apiKey=sandbox-key&baseUrl=" + sandbox.providerBaseUrl("aimlapi")
                         + "&pollInterval=100&maxPollInterval=300&retryDelay=20&maxRetryDelay=3000&maxRetries=4"
                         + "&requestTimeout=5000&maxConcurrentRequests=" + IN_FLIGHT + "&requestsPerMinute=1000000";
            AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
            producer.start();

            Semaphore window = new Semaphore(IN_FLIGHT);
            CountDownLatch finished = new CountDownLatch(JOBS);
            List<Exchange> exchanges = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < JOBS; i++) {
                window.acquire();
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody(TestAudio.distinctWav(i));
                exchange.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, "input-" + i);
                exchanges.add(exchange);
                producer.process(exchange, doneSync -> {
                    window.release();
                    finished.countDown();
                });
            }
            assertThat(finished.await(5, TimeUnit.MINUTES)).as("no job lost: every exchange came back").isTrue();
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            producer.stop();

            Map<String, Integer> outcomes = new TreeMap<>();
            Set<String> jobIds = new HashSet<>();
            for (Exchange exchange : exchanges) {
                String jobId = exchange.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);
                if (exchange.getException() == null) {
                    assertThat(exchange.getMessage().getBody(Transcript.class).text()).isNotBlank();
                    outcomes.merge("completed", 1, Integer::sum);
                } else {
                    assertThat(exchange.getException().getMessage()).as("a failure says why").isNotBlank();
                    outcomes.merge(exchange.getException().getClass().getSimpleName(), 1, Integer::sum);
                }
                if (jobId != null) {
                    assertThat(jobIds.add(jobId)).as("one job per input: " + jobId).isTrue();
                }
            }
            // a fault answers before the sandbox does any work, so every provider job is one of ours, once
            int created = sandbox.jobs().created("aimlapi");
            System.out.printf("fault storm: %d jobs in %d s, %d faults injected, %d provider jobs created, outcomes %s%n",
                    JOBS, seconds, sandbox.faults().injectedCount(), created, outcomes);
            assertThat(created).as("provider jobs = inputs that got one (no input billed twice)").isEqualTo(jobIds.size());
            assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(JOBS);
            assertThat(outcomes.getOrDefault("completed", 0)).as("most still complete").isGreaterThan(JOBS / 2);
        }
    }
}
