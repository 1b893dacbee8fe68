package io.camelspeech.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.sandbox.RecordedRequest;
import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

/**
 * Submits Tencent clonedSpeech jobs with wait=false and learns each one's callback URL from the sandbox's wire log
 * (the CreateJob request carries createJobRequest.callback, whose last path segment is the job's reference).
 */
final class CallbackJobSubmitter {

    /** Below the wire log's capacity (10,000), so no CreateJob request of a batch is dropped before it is read. */
    private static final int BATCH = 2_000;
    private static final int CONCURRENCY = 64;
    private static final Duration BATCH_LIMIT = Duration.ofSeconds(60);

    private final SpeechSandbox sandbox;
    private final Endpoint endpoint;
    private final AsyncProducer producer;

    CallbackJobSubmitter(CamelContext context, SpeechSandbox sandbox, String callbackOptions) throws Exception {
        this.sandbox = sandbox;
        // rateLimiting=false: the adapter's assumed 600/min would stretch the setup to minutes; it is not measured
        this.endpoint = context.getEndpoint("speech:tencent:clonedSpeech?" + SpeechContexts.TENCENT_CREDENTIALS
                + "&baseUrl=" + sandbox.providerBaseUrl("tencent") + "&contentId=repo-1&wait=false&rateLimiting=false&"
                + callbackOptions);
        this.producer = endpoint.createAsyncProducer();
        producer.start();
    }

    List<PendingCallback> submit(int jobs) throws Exception {
        List<PendingCallback> pending = new ArrayList<>(jobs);
        for (int from = 0; from < jobs; from += BATCH) {
            pending.addAll(submitBatch(from, Math.min(jobs, from + BATCH)));
        }
        return pending;
    }

    private List<PendingCallback> submitBatch(int from, int to) throws Exception {
        sandbox.wire().clear();
        Exchange[] submitted = new Exchange[to - from];
        RunStats stats = AsyncLoad.run(to - from, CONCURRENCY, BATCH_LIMIT, i -> send(from + i, submitted, i));
        if (stats.failed() > 0) {
            throw new IllegalStateException(stats.failed() + " submissions failed, first: " + stats.firstError());
        }
        Map<String, URI> callbackByReference = callbackUrlsOnTheWire();
        List<PendingCallback> batch = new ArrayList<>(submitted.length);
        for (Exchange exchange : submitted) {
            String reference = exchange.getMessage().getHeader(SpeechConstants.JOB_REFERENCE, String.class);
            URI url = callbackByReference.get(reference);
            if (url == null) {
                throw new IllegalStateException("no CreateJob with a callback for job reference " + reference);
            }
            batch.add(new PendingCallback(exchange.getMessage().getHeader(SpeechConstants.JOB_ID, String.class), url));
        }
        return batch;
    }

    private CompletableFuture<Exchange> send(int job, Exchange[] submitted, int slot) {
        Exchange exchange = endpoint.createExchange();
        exchange.getMessage().setBody("Callback benchmark job " + job + ".");
        submitted[slot] = exchange;
        CompletableFuture<Exchange> done = new CompletableFuture<>();
        producer.process(exchange, doneSync -> {
            if (exchange.getException() != null) {
                done.completeExceptionally(exchange.getException());
            } else {
                done.complete(exchange);
            }
        });
        return done;
    }

    private Map<String, URI> callbackUrlsOnTheWire() {
        Map<String, URI> byReference = new HashMap<>();
        for (RecordedRequest request : sandbox.wire().requests("/tencent/release/job")) {
            JsonNode json = request.json();
            if (json != null && "CreateJob".equals(json.path("action").asText())) {
                URI callback = URI.create(json.path("createJobRequest").path("callback").asText());
                String path = callback.getPath();
                byReference.put(path.substring(path.lastIndexOf('/') + 1), callback);
            }
        }
        return byReference;
    }

    void close() throws Exception {
        producer.stop();
    }
}
