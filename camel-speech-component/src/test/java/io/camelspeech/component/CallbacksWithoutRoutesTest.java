package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * A producer with callbacks in a context that has no route at all (a ProducerTemplate only): the component's own
 * callback consumer still receives the callback and ends the wait, without polling.
 */
class CallbacksWithoutRoutesTest extends CallbackTestSupport {

    @Test
    void aCallbackEndsTheWaitEvenWithoutAnyRoute() {
        assertThat(context.getRoutes()).isEmpty();
        Exchange result = template.request(sandboxUri("tencent", "clonedSpeech", "contentId=repo-1&" + callbacks()),
                e -> e.getMessage().setBody("no route here"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(SpeechJob.class).state()).isEqualTo(JobState.COMPLETED);
        assertThat(sandbox.wire().requests("/tencent/release/job").stream()
                .filter(r -> "GetJob".equals(r.json().path("action").asText())).count())
                .as("no polling: the callback ended the wait").isZero();
    }

    @Test
    void aPlainContextWithoutRoutesToo() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        org.apache.camel.impl.DefaultCamelContext plain = new org.apache.camel.impl.DefaultCamelContext();
        plain.getRegistry().bind("jobStore", new io.camelspeech.component.store.InMemoryJobStore());
        org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration server
                = new org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        plain.addService(new org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer(server));
        plain.start();
        try {
            Exchange result = plain.createProducerTemplate().request(sandboxUri("tencent", "clonedSpeech",
                    "contentId=repo-1&callbackBaseUrl=http://127.0.0.1:" + port + "&callbackGracePeriod=30000"),
                    e -> e.getMessage().setBody("plain context"));

            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getBody(SpeechJob.class).state()).isEqualTo(JobState.COMPLETED);
        } finally {
            plain.stop();
        }
    }
}
