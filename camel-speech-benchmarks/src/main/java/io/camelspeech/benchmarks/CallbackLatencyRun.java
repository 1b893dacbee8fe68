package io.camelspeech.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * Child JVM of the callback benchmark: Tencent jobs submitted with wait=false (jobs that never end by themselves),
 * then their completion callbacks posted at a fixed rate to the component's platform-http receiver, each timed to
 * the end of the from("speech:tencent:jobs") route. Arguments: measured callbacks, warm-up callbacks, per second.
 */
public final class CallbackLatencyRun {

    private static final Duration SEND_LIMIT = Duration.ofSeconds(120);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

    private CallbackLatencyRun() {
    }

    public static void main(String[] args) throws Exception {
        int measured = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int perSecond = Integer.parseInt(args[2]);
        // jobs that outlast the run: every completion the route sees is one of the callbacks sent here
        SandboxConfig config = SandboxConfig.builder().threads(64).jobDuration(Duration.ofHours(2)).build();
        try (SpeechSandbox sandbox = SpeechSandbox.start(config);
             CamelContext context = SpeechContexts.withInMemoryJobStore()) {
            int callbackPort = freePort();
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(callbackPort);
            context.addService(new VertxPlatformHttpServer(server));
            // a grace period longer than the run: no job is polled, each completes by its callback alone
            String callbacks = "callbackBaseUrl=http://127.0.0.1:" + callbackPort + "&callbackGracePeriod=3600000";
            LatencyRecorder recorder = new LatencyRecorder();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("speech:tencent:jobs?" + SpeechContexts.TENCENT_CREDENTIALS + "&baseUrl="
                         + sandbox.providerBaseUrl("tencent") + "&" + callbacks)
                            .routeId("completions")
                            .process(recorder);
                }
            });
            context.start();

            long setupStart = System.nanoTime();
            CallbackJobSubmitter submitter = new CallbackJobSubmitter(context, sandbox, callbacks);
            List<PendingCallback> jobs = submitter.submit(warmup + measured);
            submitter.close();
            System.out.printf("submitted %,d Tencent jobs with callbacks in %.1f s%n", jobs.size(),
                    (System.nanoTime() - setupStart) / 1e9);
            recorder.expect(jobs);

            CallbackSender sender = new CallbackSender();
            sender.send(jobs, 0, warmup, perSecond, recorder, SEND_LIMIT);
            recorder.awaitRange(0, warmup, DRAIN_LIMIT);
            CallbackSender.Sent sent = sender.send(jobs, warmup, jobs.size(), perSecond, recorder, SEND_LIMIT);
            recorder.awaitRange(warmup, jobs.size(), DRAIN_LIMIT);
            report(measured, sent, recorder.latencies(warmup, jobs.size()));
        }
    }

    private static void report(int measured, CallbackSender.Sent sent, long[] latencies) {
        Percentiles percentiles = new Percentiles(latencies);
        ChildOutput.put("callbacks", measured);
        ChildOutput.put("accepted", sent.accepted());
        ChildOutput.put("refused", sent.refused());
        ChildOutput.put("completed", percentiles.count());
        ChildOutput.put("perSecond", sent.perSecond());
        ChildOutput.put("p50Ms", percentiles.percentileMillis(50));
        ChildOutput.put("p99Ms", percentiles.percentileMillis(99));
        ChildOutput.put("maxMs", percentiles.maxMillis());
        ChildOutput.put("meanMs", percentiles.meanMillis());
        Percentiles answers = new Percentiles(sent.answerNanos());
        ChildOutput.put("answerP50Ms", answers.percentileMillis(50));
        ChildOutput.put("answerP99Ms", answers.percentileMillis(99));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
