package io.camelspeech.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.sandbox.testing.TestAudio;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * Child JVM of the polls benchmark: jobs submitted at once through a route {@code direct:jobs} → speech: producer
 * that waits for them ({@code wait=true}), each timed from its submission to its result. {@code poll}: AI/ML API speechToText, polled;
 * {@code callback}: Tencent clonedSpeech with callbacks received through platform-http on Vert.x. Warm-up jobs first,
 * the same way, unmeasured. Arguments: poll|callback, provider base URL, jobs, warm-up jobs, endpoint options
 * (appended to the URI), limit in s. Reports per measured job {@code job.<i>.id} and {@code job.<i>.ms}.
 */
public final class PollsPerJobRun {

    private PollsPerJobRun() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String baseUrl = args[1];
        int jobs = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        String options = args[4];
        long limitSeconds = Long.parseLong(args[5]);
        try (CamelContext context = SpeechContexts.withInMemoryJobStore()) {
            String uri;
            if (mode.equals("callback")) {
                int port = freePort();
                VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
                server.setBindHost("127.0.0.1");
                server.setBindPort(port);
                context.addService(new VertxPlatformHttpServer(server));
                uri = "speech:tencent:clonedSpeech?" + SpeechContexts.TENCENT_CREDENTIALS + "&baseUrl=" + baseUrl
                      + "&contentId=repo-1&callbackBaseUrl=http://127.0.0.1:" + port + "&" + options;
            } else if (mode.equals("poll")) {
                uri = "speech:aimlapi:speechToText?apiKey=" + SpeechContexts.API_KEY + "&baseUrl=" + baseUrl + "&"
                      + options;
            } else {
                throw new IllegalArgumentException("mode must be poll or callback, was " + mode);
            }
            // through a route, as users send them (a context without any route also leaves Camel's unit-of-work
            // factory unconfigured, which the callback consumer needs)
            String jobsUri = uri;
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:jobs").routeId("jobs").to(jobsUri);
                }
            });
            context.start();
            Endpoint endpoint = context.getEndpoint("direct:jobs");
            AsyncProducer producer = endpoint.createAsyncProducer();
            producer.start();
            Result[] warm = batch(endpoint, producer, mode, "warm-up-", warmup, limitSeconds);
            System.out.printf(Locale.ROOT, "warm-up: %d jobs, %d ok%n", warm.length, ok(warm));
            Result[] measured = batch(endpoint, producer, mode, "job-", jobs, limitSeconds);
            ChildOutput.put("jobs", jobs);
            ChildOutput.put("ok", ok(measured));
            ChildOutput.put("failed", jobs - ok(measured));
            String error = null;
            for (int i = 0; i < measured.length; i++) {
                Result result = measured[i];
                if (result == null) {
                    error = error != null ? error : "not finished within " + limitSeconds + " s";
                    continue;
                }
                if (result.error() != null) {
                    error = error != null ? error : result.error();
                    continue;
                }
                ChildOutput.put("job." + i + ".id", result.jobId());
                ChildOutput.put("job." + i + ".ms", result.millis());
            }
            if (error != null) {
                ChildOutput.put("error", error);
            }
            producer.stop();
        }
    }

    /** One job: its id (CamelSpeechJobId of the result), submission to result in ms, or why it failed. */
    private record Result(String jobId, double millis, String error) {
    }

    private static Result[] batch(Endpoint endpoint, AsyncProducer producer, String mode, String keyPrefix, int jobs,
            long limitSeconds) throws InterruptedException {
        Result[] results = new Result[jobs];
        CountDownLatch done = new CountDownLatch(jobs);
        byte[] audio = TestAudio.tinyWav();
        for (int i = 0; i < jobs; i++) {
            int slot = i;
            Exchange exchange = endpoint.createExchange();
            // different inputs: the same one would rightly be one job
            exchange.getMessage().setBody(mode.equals("poll") ? audio : "Polls benchmark " + keyPrefix + i + ".");
            exchange.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, keyPrefix + i + "-" + System.nanoTime());
            long submitted = System.nanoTime();
            producer.process(exchange, doneSync -> {
                double millis = (System.nanoTime() - submitted) / 1e6;
                String jobId = exchange.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);
                String error = exchange.getException() != null ? String.valueOf(exchange.getException())
                        : jobId == null ? "no " + SpeechConstants.JOB_ID + " on the result" : null;
                results[slot] = new Result(jobId, millis, error);
                done.countDown();
            });
        }
        done.await(limitSeconds, TimeUnit.SECONDS);
        return results;
    }

    private static int ok(Result[] results) {
        int ok = 0;
        for (Result result : results) {
            if (result != null && result.error() == null) {
                ok++;
            }
        }
        return ok;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
