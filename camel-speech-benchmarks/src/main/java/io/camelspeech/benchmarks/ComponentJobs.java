package io.camelspeech.benchmarks;

import io.camelspeech.sandbox.testing.TestAudio;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.model.Transcript;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

/** AI/ML API transcriptions through speech:aimlapi:speechToText: all submitted at once, waited for without threads. */
final class ComponentJobs {

    private final String uri;
    private final boolean unboundedSchedulerQueue;
    private final byte[] audio = TestAudio.tinyWav();
    private final long sandboxPid;

    /**
     * @param unboundedSchedulerQueue lifts the Camel default thread pool profile's queue limit (1,000 tasks), which
     *                                also bounds the component's scheduler, where every waiting job is a queued poll
     */
    ComponentJobs(String aimlapiBaseUrl, long sandboxPid, Duration pollInterval, int maxConcurrentRequests,
            boolean unboundedSchedulerQueue) {
        this.sandboxPid = sandboxPid;
        this.unboundedSchedulerQueue = unboundedSchedulerQueue;
        long poll = pollInterval.toMillis();
        this.uri = "speech:aimlapi:speechToText?apiKey=" + SpeechContexts.API_KEY + "&baseUrl=" + aimlapiBaseUrl
                   + "&pollInterval=" + poll + "&maxPollInterval=" + poll
                   + "&maxConcurrentRequests=" + maxConcurrentRequests + "&requestsPerMinute=100000000";
    }

    /** Runs {@code warmup} jobs to the end unmeasured, then measures {@code jobs} jobs. */
    void run(int warmup, int jobs, Duration limit) throws Exception {
        try (CamelContext context = SpeechContexts.withInMemoryJobStore()) {
            if (unboundedSchedulerQueue) {
                context.getExecutorServiceManager().getDefaultThreadPoolProfile().setMaxQueueSize(-1);
            }
            context.start();
            Endpoint endpoint = context.getEndpoint(uri);
            AsyncProducer producer = endpoint.createAsyncProducer();
            producer.start();
            JobBatches.warmThenMeasure((keyPrefix, count, figures) -> runBatch(endpoint, producer, keyPrefix, count,
                    limit, figures), warmup, jobs, sandboxPid);
            producer.stop();
        }
    }

    /** Submits the jobs and waits until each has its result; answers when the last was submitted. */
    private long runBatch(Endpoint endpoint, AsyncProducer producer, String keyPrefix, int jobs, Duration limit,
            JobFigures figures) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(jobs);
        for (int i = 0; i < jobs; i++) {
            Exchange exchange = endpoint.createExchange();
            exchange.getMessage().setBody(audio);
            // the same bytes every time would rightly be one job: these stand for different recordings
            exchange.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, keyPrefix + i);
            producer.process(exchange, doneSync -> {
                if (exchange.getException() != null) {
                    figures.failed(exchange.getException());
                } else if (exchange.getMessage().getBody() instanceof Transcript) {
                    figures.succeeded();
                } else {
                    figures.failed("no transcript: " + exchange.getMessage().getBody());
                }
                done.countDown();
            });
        }
        long submitted = System.nanoTime();
        if (!done.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            figures.failed("not finished within " + limit.toSeconds() + " s");
        }
        return submitted;
    }
}
