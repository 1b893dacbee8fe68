package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelspeech.sandbox.Fault;
import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/**
 * The producer is a real AsyncProcessor: many slow requests in flight hold no thread each, and the client-side
 * rate limiter turns a burst into a queue instead of 429 answers.
 */
class NonBlockingAndRateLimitTest extends SandboxTestSupport {

    /** Sends every message through the async producer from this one thread, then waits for all callbacks. */
    private Burst sendAll(String uri, int count, String body) throws Exception {
        AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
        producer.start();
        try {
            CountDownLatch done = new CountDownLatch(count);
            List<Exchange> exchanges = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody(body + " " + i);
                exchanges.add(exchange);
                producer.process(exchange, doneSync -> done.countDown());
            }
            long submitted = System.nanoTime();
            assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
            return new Burst(exchanges, TimeUnit.NANOSECONDS.toMillis(submitted - start),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } finally {
            producer.stop();
        }
    }

    private record Burst(List<Exchange> exchanges, long submitMillis, long totalMillis) {
    }

    @Test
    void twoHundredSlowRequestsInFlightHoldNoThreadEach() throws Exception {
        sandbox.faults().enqueue("/tts/", Fault.delay(Duration.ofMillis(1500)), 200);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        threads.resetPeakThreadCount();
        int before = threads.getThreadCount();

        Burst burst = sendAll(ttsai("textToSpeech", "voice=af_bella&format=wav&maxConcurrentRequests=200"
                                                    + "&requestsPerMinute=100000"), 200, "slow");

        assertThat(burst.exchanges()).allSatisfy(e -> assertThat(e.getException()).isNull());
        // the sandbox sleeps a thread per slow answer (up to its pool size); the client side must add only a handful
        int clientThreads = threads.getPeakThreadCount() - before - Math.min(200, sandbox.config().threads());
        System.out.printf("200 requests of 1.5 s each: submitted in %d ms, all done in %d ms, peak threads %d (before %d)%n",
                burst.submitMillis(), burst.totalMillis(), threads.getPeakThreadCount(), before);
        assertThat(burst.submitMillis()).as("process() returns at once").isLessThan(1500);
        assertThat(clientThreads).as("client threads beyond the sandbox's").isLessThan(20);
    }

    @Test
    void aBurstIsQueuedWithinThePlanInsteadOfHittingRateLimits() throws Exception {
        try (SpeechSandbox strict = SpeechSandbox.start(SandboxConfig.builder().ttsaiPlan("pro").enforceRateLimits(true).build())) {
            strict.faults().enqueue("/tts/", Fault.delay(Duration.ofMillis(200)), 40);
            String base = "speech:ttsai:textToSpeech?apiKey=sandbox-key&voice=af_bella&format=wav&maxRetries=0&baseUrl="
                          + strict.providerBaseUrl("ttsai");

            List<Exchange> limited = sendAll(base + "&plan=pro", 20, "limited").exchanges();
            assertThat(limited).allSatisfy(e -> assertThat(e.getException()).isNull());
            assertThat(strict.wire().requests()).allSatisfy(r -> assertThat(r.responseStatus()).isEqualTo(200));

            strict.wire().clear();
            List<Exchange> unlimited = sendAll(base + "&rateLimiting=false", 20, "unlimited").exchanges();
            long refused = unlimited.stream().filter(e -> e.getException() instanceof SpeechProviderException p
                                                          && "rate_limited".equals(p.getErrorCode())).count();
            System.out.printf("burst of 20 against pro limits: 0 refused with client-side limiting, %d without%n", refused);
            assertThat(refused).as("without the client-side limiter the provider refuses some").isPositive();
        }
    }
}
