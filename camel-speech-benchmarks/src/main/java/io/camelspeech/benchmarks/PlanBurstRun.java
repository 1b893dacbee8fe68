package io.camelspeech.benchmarks;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.camelspeech.component.SpeechConstants;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

/**
 * Child JVM of the plan benchmark: a burst of text-to-speech requests, all handed to the speech: producer at once
 * (its limiter, when on, makes them wait without threads). First a few warm-up calls one after the other (classes
 * loaded, connections open; they count in the sandbox's per-minute window and in its wire log). Arguments: TTS.ai
 * base URL, requests, endpoint options (appended to the URI), limit in s, warm-up calls.
 */
public final class PlanBurstRun {

    private PlanBurstRun() {
    }

    public static void main(String[] args) throws Exception {
        String ttsai = args[0];
        int requests = Integer.parseInt(args[1]);
        String options = args[2];
        long limitSeconds = Long.parseLong(args[3]);
        int warmup = Integer.parseInt(args[4]);
        String uri = "speech:ttsai:textToSpeech?apiKey=" + SpeechContexts.API_KEY + "&baseUrl=" + ttsai + "&voice="
                     + TtsRequest.VOICE + "&format=" + TtsRequest.FORMAT + "&" + options;
        try (CamelContext context = SpeechContexts.withInMemoryJobStore()) {
            context.start();
            Endpoint endpoint = context.getEndpoint(uri);
            AsyncProducer producer = endpoint.createAsyncProducer();
            producer.start();
            for (int i = 0; i < warmup; i++) {
                Exchange exchange = endpoint.createExchange();
                exchange.getMessage().setBody(TtsRequest.TEXT);
                producer.process(exchange);
                if (exchange.getException() != null) {
                    System.out.println("warm-up call failed: " + exchange.getException());
                }
            }
            CountDownLatch done = new CountDownLatch(requests);
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger retried = new AtomicInteger();
            AtomicInteger extraAttempts = new AtomicInteger();
            AtomicLong lastEnd = new AtomicLong();
            AtomicReference<String> firstError = new AtomicReference<>();
            long start = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                Exchange exchange = endpoint.createExchange();
                exchange.getMessage().setBody(TtsRequest.TEXT);
                producer.process(exchange, doneSync -> {
                    Integer attempts = exchange.getMessage().getHeader(SpeechConstants.ATTEMPTS, Integer.class);
                    if (attempts != null && attempts > 1) {
                        retried.incrementAndGet();
                        extraAttempts.addAndGet(attempts - 1);
                    }
                    if (exchange.getException() == null && exchange.getMessage().getBody() != null) {
                        ok.incrementAndGet();
                    } else {
                        firstError.compareAndSet(null, String.valueOf(exchange.getException()));
                    }
                    lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
                    done.countDown();
                });
            }
            boolean finished = done.await(limitSeconds, TimeUnit.SECONDS);
            long end = finished ? lastEnd.get() : System.nanoTime();
            double wall = (end - start) / 1e9;
            int failed = requests - ok.get();
            System.out.printf(Locale.ROOT, "%,d requests: %,d ok, %,d failed in %.2f s; %,d retried%n", requests,
                    ok.get(), failed, wall, retried.get());
            ChildOutput.put("requests", requests);
            ChildOutput.put("ok", ok.get());
            ChildOutput.put("failed", failed);
            ChildOutput.put("wallSeconds", wall);
            ChildOutput.put("retried", retried.get());
            ChildOutput.put("extraAttempts", extraAttempts.get());
            if (!finished) {
                ChildOutput.put("error", "not finished within " + limitSeconds + " s");
            } else if (firstError.get() != null) {
                ChildOutput.put("error", firstError.get());
            }
            producer.stop();
        }
    }
}
