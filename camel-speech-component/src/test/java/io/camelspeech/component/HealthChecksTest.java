package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;

import io.camelspeech.component.job.JobState;
import io.camelspeech.component.store.InMemoryJobStore;
import io.camelspeech.component.store.JobRecord;
import io.camelspeech.sandbox.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.Test;

/**
 * The readiness checks as Kubernetes would probe them: each producer asks its provider whether the key works (DOWN on
 * a wrong key, a 503, a refused connection; UP again when fixed), and a jobs consumer adds its job store and the age
 * of its oldest pending job.
 */
class HealthChecksTest extends SandboxTestSupport {

    private final InMemoryJobStore store = new InMemoryJobStore();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.setEnabled(true);
        for (String repository : new String[] { "producers", "consumers" }) {
            HealthCheckRepository found = registry.getRepository(repository)
                    .orElseGet(() -> (HealthCheckRepository) registry.resolveById(repository));
            found.setEnabled(true);
            registry.register(found);
        }
        SpeechComponent speech = new SpeechComponent();
        speech.setJobStore(store);
        // every check asks the provider again: the test changes the provider between checks
        speech.setHealthCheckProbeInterval(0);
        context.addComponent("speech", speech);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").to(ttsai("textToSpeech", "voice=af_bella"));
                from("direct:wrongKey").to("speech:ttsai:textToSpeech?apiKey=RAW(not-a-key)&voice=af_bella&speed=1.5&baseUrl="
                                           + sandbox.providerBaseUrl("ttsai"));
                from("direct:nobody").to("speech:aimlapi:speechToText?apiKey=sandbox-key&baseUrl=http://127.0.0.1:1/v1");
                from(sandboxUri("aimlapi", "jobs", "initialDelay=0&delay=60000&jobTimeout=60000")).routeId("aimlapiJobs")
                        .to("mock:jobs");
            }
        };
    }

    @Test
    void aProducerIsUpWithAWorkingKeyAndSaysWhatItAsked() {
        HealthCheck.Result good = producer("ttsai", "retryDelay=20");

        assertThat(good.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(good.getDetails()).containsEntry("speech.provider", "ttsai").containsKey("speech.latency.ms");
        assertThat(sandbox.wire().requests("/ttsai/v1/voices/")).as("the free listing was the probe").isNotEmpty();
        assertThat(sandbox.wire().requests("/ttsai/v1/tts/")).as("nothing paid was sent").isEmpty();
    }

    @Test
    void aWrongKeyIsDownWithTheProvidersStatus() {
        HealthCheck.Result wrong = producer("ttsai", "speed=1.5");

        assertThat(wrong.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(wrong.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 401);
        assertThat(wrong.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("401")
                .doesNotContain("not-a-key"));
    }

    @Test
    void a503IsDownAndTheCheckIsUpAgainWhenTheProviderRecovers() {
        sandbox.faults().enqueue("/voices/", Fault.status(503, "service_unavailable", "maintenance"), 1);
        HealthCheck.Result during = producer("ttsai", "retryDelay=20");
        HealthCheck.Result after = producer("ttsai", "retryDelay=20");

        assertThat(during.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(during.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 503);
        assertThat(after.getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void aRefusedConnectionIsDown() {
        HealthCheck.Result nobody = producer("aimlapi", "127.0.0.1:1/");

        assertThat(nobody.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(nobody.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("aimlapi"));
    }

    @Test
    void aJobsConsumerReportsItsProviderStoreAndOldestPendingJob() {
        HealthCheck.Result idle = consumer("aimlapiJobs");
        assertThat(idle.getMessage()).isEmpty();
        assertThat(idle.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(idle.getDetails()).containsEntry("speech.jobs.pending", 0).containsEntry("speech.provider", "aimlapi")
                .containsEntry("speech.store", "InMemoryJobStore");
        assertThat(sandbox.wire().requests("/aimlapi/v1/stt/00000000-0000-4000-8000-000000000000"))
                .as("a generation that cannot exist: 404 means the key was accepted").isNotEmpty();

        // a job older than jobTimeout, leased to another instance: nothing here can end it, so something is stuck
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        store.save(new JobRecord("stuck-1", "aimlapi", "speechToText", "gen-stuck", JobState.RUNNING, "{}", null, null,
                false, "another-instance", Instant.now().plusSeconds(3600), anHourAgo, anHourAgo));
        HealthCheck.Result stuck = consumer("aimlapiJobs");

        assertThat(stuck.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(stuck.getDetails()).containsEntry("speech.jobs.pending", 1);
        assertThat((Long) stuck.getDetails().get("speech.jobs.oldest.age.ms")).isGreaterThan(3_500_000L);
        assertThat(stuck.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("jobTimeout"));

        // the stuck job dealt with (here: ended and handed on by an operator), the consumer is ready again
        store.save(store.findByReference("stuck-1").orElseThrow().withJob("gen-stuck", JobState.FAILED, "{}"));
        store.markEmitted("stuck-1");
        assertThat(consumer("aimlapiJobs").getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void aJobsConsumerWithAWrongKeyIsDown() {
        HealthCheck.Result wrong = new io.camelspeech.component.health.SpeechJobsHealthCheck(
                context.getEndpoint("speech:aimlapi:jobs?apiKey=RAW(wrong)&baseUrl=" + sandbox.providerBaseUrl("aimlapi"),
                        SpeechEndpoint.class), "wrongKeyJobs", null).call();

        assertThat(wrong.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(wrong.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 401);
    }

    /** The check of the producer whose endpoint URI (as the check shows it, secrets masked) contains {@code part}. */
    private HealthCheck.Result producer(String provider, String part) {
        return readiness().stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:speech-" + provider + "-"))
                .filter(r -> String.valueOf(r.getDetails().get("speech.endpoint")).contains(part))
                .findFirst().orElseThrow(() -> new AssertionError("no producer check of " + provider + " with " + part
                        + " in " + readiness().stream().map(r -> r.getCheck().getId() + r.getDetails()).toList()));
    }

    private HealthCheck.Result consumer(String routeId) {
        return readiness().stream().filter(r -> r.getCheck().getId().equals("consumer:" + routeId)).findFirst()
                .orElseThrow(() -> new AssertionError("no consumer check for " + routeId));
    }

    /** Every readiness check, called now (Camel's own helpers leave UP checks out at the default exposure). */
    private Collection<HealthCheck.Result> readiness() {
        return HealthCheckRegistry.get(context).stream().filter(HealthCheck::isReadiness).map(HealthCheck::call).toList();
    }
}
