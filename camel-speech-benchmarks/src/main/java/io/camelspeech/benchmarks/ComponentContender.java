package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

/** speech:ttsai:textToSpeech through its async producer: no thread waits for an answer. */
final class ComponentContender implements Contender {

    private final String uri;
    private CamelContext context;
    private Endpoint endpoint;
    private AsyncProducer producer;

    ComponentContender(String ttsaiBaseUrl) {
        // rateLimiting=false and maxRetries=0: the raw client has neither, so neither is measured here
        this.uri = "speech:ttsai:textToSpeech?apiKey=" + SpeechContexts.API_KEY + "&baseUrl=" + ttsaiBaseUrl
                   + "&rateLimiting=false&maxRetries=0&voice=" + TtsRequest.VOICE + "&format=" + TtsRequest.FORMAT;
    }

    @Override
    public String key() {
        return "component";
    }

    @Override
    public void start() throws Exception {
        context = SpeechContexts.withInMemoryJobStore();
        context.start();
        endpoint = context.getEndpoint(uri);
        producer = endpoint.createAsyncProducer();
        producer.start();
    }

    @Override
    public RunStats run(int requests, int concurrency, Duration limit) throws InterruptedException {
        return AsyncLoad.run(requests, concurrency, limit, i -> send());
    }

    private CompletableFuture<Object> send() {
        Exchange exchange = endpoint.createExchange();
        exchange.getMessage().setBody(TtsRequest.TEXT);
        CompletableFuture<Object> audio = new CompletableFuture<>();
        producer.process(exchange, doneSync -> {
            Object body = exchange.getMessage().getBody();
            if (exchange.getException() != null) {
                audio.completeExceptionally(exchange.getException());
            } else if (body == null) {
                audio.completeExceptionally(new IllegalStateException("no audio"));
            } else {
                audio.complete(body);
            }
        });
        return audio;
    }

    @Override
    public void close() throws Exception {
        if (producer != null) {
            producer.stop();
        }
        if (context != null) {
            context.close();
        }
    }
}
