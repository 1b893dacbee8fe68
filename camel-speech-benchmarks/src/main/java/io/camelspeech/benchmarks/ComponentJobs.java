package io.camelspeech.benchmarks;

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

    ComponentJobs(String aimlapiBaseUrl, Duration pollInterval, int maxConcurrentRequests) {
        long poll = pollInterval.toMillis();
        this.uri = "speech:aimlapi:speechToText?apiKey=" + SpeechContexts.API_KEY + "&baseUrl=" + aimlapiBaseUrl
                   + "&pollInterval=" + poll + "&maxPollInterval=" + poll
                   + "&maxConcurrentRequests=" + maxConcurrentRequests + "&requestsPerMinute=100000000";
    }

    void run(int jobs, Duration limit) throws Exception {
        byte[] audio = TestAudio.tinyWav();
        JobFigures figures = new JobFigures();
        try (CamelContext context = SpeechContexts.withInMemoryJobStore()) {
            context.start();
            Endpoint endpoint = context.getEndpoint(uri);
            AsyncProducer producer = endpoint.createAsyncProducer();
            producer.start();
            Measure.reset();
            int baseline = Measure.liveThreads();
            CountDownLatch done = new CountDownLatch(jobs);
            long start = System.nanoTime();
            for (int i = 0; i < jobs; i++) {
                Exchange exchange = endpoint.createExchange();
                exchange.getMessage().setBody(audio);
                // the same bytes every time would rightly be one job: these stand for different recordings
                exchange.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, "recording-" + i);
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
            long submitted = System.nanoTime() - start;
            boolean finished = done.await(limit.toMillis(), TimeUnit.MILLISECONDS);
            long wall = System.nanoTime() - start;
            if (!finished) {
                figures.failed("not finished within " + limit.toSeconds() + " s");
            }
            figures.report(jobs, baseline, submitted, wall);
            producer.stop();
        }
    }
}
