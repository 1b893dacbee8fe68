package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.camelspeech.component.model.Transcript;
import io.camelspeech.sandbox.Fault;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.telemetry.Span;
import org.apache.camel.telemetry.SpanContextPropagationExtractor;
import org.apache.camel.telemetry.SpanContextPropagationInjector;
import org.apache.camel.telemetry.SpanLifecycleManager;
import org.apache.camel.telemetry.Tracer;
import org.junit.jupiter.api.Test;

/**
 * What operators see after a small fault storm: Micrometer meters (from a SimpleMeterRegistry bound as camel-micrometer
 * binds its registry), span attributes through Camel's telemetry, the {@code speech} dev console in both formats, and
 * the component's JMX attributes and operations.
 */
class ObservabilityTest extends CallbackTestSupport {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<RecordedSpan> spans = new ArrayList<>();

    @Override
    protected boolean useJmx() {
        return true;
    }

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) throws Exception {
        super.bindToRegistry(registry);
        registry.bind("metricsRegistry", meters);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        new RecordingTracer(spans).init(context);
        return context;
    }

    @Test
    void metersCountRequestsRetriesRateLimitWaitsCreditsAudioAndCallbacks() throws Exception {
        sandbox.faults().enqueue("/tts/", Fault.status(503, "model_loading", "warming up"), 2);
        for (int i = 0; i < 3; i++) {
            template.requestBody(ttsai("textToSpeech", "voice=af_bella&format=wav"), "hello number " + i, byte[].class);
        }
        Exchange refused = template.request("speech:ttsai:textToSpeech?apiKey=RAW(wrong)&voice=af_bella&baseUrl="
                                            + sandbox.providerBaseUrl("ttsai"), e -> e.getMessage().setBody("no"));
        byte[] audio = speech("one two three");
        Transcript transcript = template.requestBody(ttsai("speechToText", ""), audio, Transcript.class);
        int wrongToken = postCallback("ttsai", "no-such-reference", "not-the-token");

        assertThat(refused.getException()).isInstanceOf(SpeechProviderException.class);
        assertThat(wrongToken).isEqualTo(403);
        assertThat(meters.get("camel.speech.requests").tags("provider", "ttsai", "operation", "textToSpeech",
                "outcome", "success").timer().count()).isGreaterThanOrEqualTo(3);
        assertThat(meters.get("camel.speech.requests").tags("provider", "ttsai", "outcome", "refused").timer().count())
                .isEqualTo(1);
        assertThat(meters.get("camel.speech.retries").tags("provider", "ttsai", "reason", "503").counter().count())
                .isEqualTo(2);
        assertThat(meters.get("camel.speech.rate.limit.wait").tags("provider", "ttsai").timer().count())
                .as("every attempt took a slot of the plan's limiter").isGreaterThanOrEqualTo(7);
        assertThat(meters.get("camel.speech.credits.used").tags("provider", "ttsai").counter().count()).isPositive();
        assertThat(meters.get("camel.speech.audio.seconds").tags("provider", "ttsai", "operation", "speechToText")
                .counter().count()).isEqualTo(transcript.duration());
        assertThat(meters.get("camel.speech.callbacks").tags("provider", "ttsai", "result", "wrong_token").counter()
                .count()).isEqualTo(1);
        assertThat(meters.get("camel.speech.jobs.in.flight").gauge().value()).isZero();
    }

    @Test
    void spansCarryProviderOperationAndJob() {
        template.requestBody(ttsai("textToSpeech", "voice=af_bella"), "traced", byte[].class);
        template.request(sandboxUri("aimlapi", "speechToText", ""), e -> e.getMessage().setBody(speech("traced job")));

        List<RecordedSpan> speechSpans = spans.stream().filter(s -> String.valueOf(s.tags.get("component")).endsWith("speech")).toList();
        assertThat(speechSpans).extracting(s -> s.tags.get("speech.provider")).contains("ttsai", "aimlapi");
        RecordedSpan job = speechSpans.stream().filter(s -> "aimlapi".equals(s.tags.get("speech.provider")))
                .findFirst().orElseThrow();
        assertThat(job.tags).containsEntry("speech.operation", "speechToText").containsEntry("speech.job.state", "COMPLETED")
                .containsKey("speech.job.id");
        assertThat(speechSpans).allSatisfy(s -> assertThat(s.tags.values()).noneMatch(v -> v.contains("sandbox-key")));
    }

    @Test
    void theDevConsoleAndJmxShowJobsLimitersCallbacksAndStore() throws Exception {
        template.requestBody(ttsai("textToSpeech", "voice=af_bella"), "for the console", byte[].class);
        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class)
                .resolveById("speech");

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);

        assertThat(text).contains("Component speech", "store: in-memory store", "rateLimiters", "ttsai key ",
                "pendingJobs", "callbacks", "creditsUsed", "meters: Micrometer").doesNotContain("sandbox-key");
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) ((Map<String, Object>) json.get("components")).get("speech");
        assertThat(figures).containsKeys("store", "jobsWaitedFor", "pendingJobs", "rateLimiters", "requests");

        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        ObjectName component = jmx.queryNames(new ObjectName("org.apache.camel:context=" + context.getManagementName()
                                                             + ",type=components,name=\"speech\""), null)
                .iterator().next();
        assertThat(jmx.getAttribute(component, "JobsInFlight")).isEqualTo(0);
        assertThat((String) jmx.getAttribute(component, "JobStoreDescription")).startsWith("in-memory store");
        assertThat((String) jmx.getAttribute(component, "Requests")).contains("ttsai/textToSpeech/success");
        assertThat(jmx.invoke(component, "purgeFinishedJobs", new Object[] { 24 }, new String[] { "int" })).isEqualTo(0);
        assertThat((String) jmx.invoke(component, "resumeJob", new Object[] { "no-such" },
                new String[] { "java.lang.String" })).startsWith("no job no-such");
    }

    private int postCallback(String provider, String reference, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + callbackPort
                                                                + "/speech/callbacks/" + provider + "/" + reference
                                                                + "?token=" + token))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    protected org.apache.camel.builder.RouteBuilder createRouteBuilder() {
        return new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                // a jobs consumer with callbacks on: the component then receives callbacks for ttsai
                from(sandboxUri("ttsai", "jobs", callbacks() + "&delay=60000")).to("mock:jobs");
            }
        };
    }

    /** A span as Camel's telemetry builds it: the tags the decorators set. */
    static final class RecordedSpan implements Span {
        final Map<String, String> tags = new ConcurrentHashMap<>();

        @Override
        public void log(Map<String, String> fields) {
        }

        @Override
        public void setTag(String key, String value) {
            tags.put(key, value);
        }

        @Override
        public void setComponent(String component) {
            tags.put("component", component);
        }

        @Override
        public void setError(boolean error) {
            tags.put("error", String.valueOf(error));
        }
    }

    /** Camel's telemetry with spans kept in memory, the way camel-telemetry's own tests trace. */
    static final class RecordingTracer extends Tracer {
        private final List<RecordedSpan> spans;

        RecordingTracer(List<RecordedSpan> spans) {
            this.spans = spans;
        }

        @Override
        protected void initTracer() {
            setSpanLifecycleManager(new SpanLifecycleManager() {
                @Override
                public Span create(String name, Span parent, SpanContextPropagationExtractor extractor) {
                    RecordedSpan span = new RecordedSpan();
                    synchronized (spans) {
                        spans.add(span);
                    }
                    return span;
                }

                @Override
                public void activate(Span span) {
                }

                @Override
                public void deactivate(Span span) {
                }

                @Override
                public void close(Span span) {
                }

                @Override
                public void inject(Span span, SpanContextPropagationInjector injector, boolean includeTracing) {
                }
            });
        }
    }
}
