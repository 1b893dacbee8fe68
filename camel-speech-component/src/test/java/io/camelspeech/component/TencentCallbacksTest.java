package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.store.JobRecord;
import io.camelspeech.component.store.JobStore;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/**
 * Tencent calls back when a job ends. The component receives callbacks through platform-http, accepts only those
 * naming a job it submitted with that job's token, and emits each completion once on speech:tencent:jobs.
 */
class TencentCallbacksTest extends CallbackTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(sandboxUri("tencent", "jobs", callbacks() + "&delay=100")).routeId("completions").to("mock:completions");
            }
        };
    }

    private JobStore store() {
        return context.getRegistry().lookupByNameAndType("jobStore", JobStore.class);
    }

    /** The callback URL the component gave the provider, as it crossed the wire. */
    private String sentCallbackUrl() {
        JsonNode create = sandbox.wire().requests("/tencent/release/job").stream()
                .filter(r -> "CreateJob".equals(r.json().path("action").asText())).findFirst().orElseThrow().json();
        return create.path("createJobRequest").path("callback").asText();
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWaitingRouteCompletesOnTheCallbackWithoutPolling() {
        long start = System.nanoTime();
        Exchange result = template.request(sandboxUri("tencent", "clonedSpeech", "contentId=repo-1&" + callbacks()),
                e -> e.getMessage().setBody("finished by a callback"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(SpeechJob.class).state()).isEqualTo(JobState.COMPLETED);
        assertThat(sentCallbackUrl()).startsWith("http://127.0.0.1:" + callbackPort + "/speech/callbacks/tencent/")
                .contains("?token=");
        long polls = sandbox.wire().requests("/tencent/release/job").stream()
                .filter(r -> "GetJob".equals(r.json().path("action").asText())).count();
        assertThat(polls).as("no polling: the callback ended the wait").isZero();
        assertThat(millis).as("well before the 30 s grace period").isLessThan(10_000);
    }

    @Test
    void aCompletionNobodyWaitsForIsEmittedOnceEvenWhenTheCallbackIsReplayed() throws Exception {
        MockEndpoint completions = getMockEndpoint("mock:completions");
        completions.expectedMessageCount(1);
        Exchange submitted = template.request(sandboxUri("tencent", "clonedSpeech", "contentId=repo-1&wait=false&" + callbacks()),
                e -> e.getMessage().setBody("nobody waits for me"));
        String jobId = submitted.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);

        completions.assertIsSatisfied(10_000);
        Exchange emitted = completions.getReceivedExchanges().get(0);
        assertThat(emitted.getMessage().getHeader(SpeechConstants.JOB_ID)).isEqualTo(jobId);
        assertThat(emitted.getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("COMPLETED");
        assertThat(emitted.getMessage().getHeader(SpeechConstants.COMPLETED_BY)).isEqualTo("callback");
        assertThat(emitted.getMessage().getBody(SpeechJob.class).details()).containsKey("voiceName");

        HttpResponse<String> replay = post(sentCallbackUrl(), "{\"id\":\"" + jobId + "\",\"state\":3}");
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("already finished");
        Thread.sleep(500);
        completions.assertIsSatisfied();
        assertThat(completions.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void forgedOversizedAndMalformedCallbacksAreRefusedAndChangeNothing() throws Exception {
        sandbox.jobs().stallNext("tencent");
        Exchange submitted = template.request(sandboxUri("tencent", "clonedSpeech", "contentId=repo-1&wait=false&" + callbacks()),
                e -> e.getMessage().setBody("a job that stays running"));
        String jobId = submitted.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);
        String reference = submitted.getMessage().getHeader(SpeechConstants.JOB_REFERENCE, String.class);
        String url = sentCallbackUrl();
        String base = url.substring(0, url.indexOf('?'));
        String done = "{\"id\":\"" + jobId + "\",\"state\":3}";

        assertThat(post(base + "?token=guessed", done).statusCode()).as("wrong token").isEqualTo(403);
        assertThat(post(base, done).statusCode()).as("no token").isEqualTo(401);
        HttpResponse<String> unknown = post(base.replace(reference, "00000000-0000-0000-0000-000000000000") + "?token=x", done);
        HttpResponse<String> wrong = post(base + "?token=x", done);
        assertThat(unknown.statusCode()).as("unknown job: told nothing a wrong token is not told").isEqualTo(403);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(post(base.replace(reference, "00000000-0000-0000-0000-000000000000"), done).statusCode())
                .as("no token, whatever the reference").isEqualTo(401);
        assertThat(context.getRoutes()).as("received by the component's own consumer, not a route of the user's")
                .noneMatch(route -> route.getEndpoint().getEndpointUri().startsWith("platform-http"));
        assertThat(post(url, "{\"id\":\"someone-elses-job\",\"state\":3}").statusCode()).as("another job").isEqualTo(403);
        assertThat(post(url, "{not json").statusCode()).as("malformed").isEqualTo(400);
        assertThat(post(url, "{\"id\":\"" + jobId + "\",\"state\":3,\"pad\":\"" + "x".repeat(1_100_000) + "\"}").statusCode())
                .as("oversized").isEqualTo(413);

        JobRecord record = store().findByReference(reference).orElseThrow();
        assertThat(record.state()).as("nothing changed").isIn(JobState.SUBMITTED, JobState.RUNNING);
        assertThat(record.emitted()).isFalse();
        Thread.sleep(300);
        assertThat(getMockEndpoint("mock:completions").getReceivedCounter()).isZero();

        // the consumer kept running: a genuine callback is still accepted and emitted
        MockEndpoint completions = getMockEndpoint("mock:completions");
        completions.expectedMessageCount(1);
        assertThat(post(url, done).statusCode()).isEqualTo(200);
        completions.assertIsSatisfied(10_000);
    }
}
