package io.camelspeech.component;

import io.camelspeech.sandbox.testing.TestAudio;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelspeech.component.model.Transcript;
import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** 1,000 AI/ML API jobs of 3 s each in flight at once: the live thread count stays small. */
class JobsInFlightTest extends CamelTestSupport {

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind("jobStore", new io.camelspeech.component.store.InMemoryJobStore());
    }

    private static final int JOBS = 1000;

    @Test
    void aThousandJobsInFlightNeedAHandfulOfThreads() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start(SandboxConfig.builder().jobDuration(Duration.ofSeconds(3))
                .threads(16).build())) {
            byte[] audio = TestAudio.tinyWav(); // what is uploaded does not matter here, only how many wait
            String uri = "speech:aimlapi:speechToText?apiKey=sandbox-key&baseUrl=" + sandbox.providerBaseUrl("aimlapi")
                         + "&pollInterval=1000&maxPollInterval=2000&maxConcurrentRequests=64&requestsPerMinute=1000000";
            AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
            producer.start();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int before = threads.getThreadCount();
            threads.resetPeakThreadCount();

            CountDownLatch done = new CountDownLatch(JOBS);
            List<Exchange> exchanges = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < JOBS; i++) {
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody(audio);
                // the same bytes a thousand times would rightly be one job: these stand for a thousand recordings
                exchange.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, "recording-" + i);
                exchanges.add(exchange);
                producer.process(exchange, doneSync -> done.countDown());
            }
            long submitted = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            int midway = 0;
            while (!done.await(500, TimeUnit.MILLISECONDS)) {
                midway = Math.max(midway, threads.getThreadCount());
                assertThat(System.nanoTime() - start).as("finished in time").isLessThan(TimeUnit.SECONDS.toNanos(90));
            }
            long total = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            producer.stop();

            assertThat(exchanges).allSatisfy(e -> {
                assertThat(e.getException()).isNull();
                assertThat(e.getMessage().getBody(Transcript.class)).isNotNull();
            });
            int peak = threads.getPeakThreadCount();
            System.out.printf("%d AI/ML jobs of 3 s: submitted in %d ms, all done in %d ms; threads before %d, peak %d "
                              + "(sandbox pool 16)%n", JOBS, submitted, total, before, peak);
            // the in-process sandbox serves the 1,000 jobs with its own pool of 16: those are not the component's
            assertThat(peak - before - 16).as("threads the component added while 1,000 jobs were in flight").isLessThan(40);
        }
    }
}
