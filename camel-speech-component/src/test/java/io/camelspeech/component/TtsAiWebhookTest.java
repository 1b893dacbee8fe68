package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.zip.ZipInputStream;

import io.camelspeech.component.model.TaskAccepted;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/** A TTS.ai stem separation reports to the component's webhook; speech:ttsai:jobs emits the stems once. */
class TtsAiWebhookTest extends CallbackTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // read the stream cache while its exchange is in flight: the mock keeps the same body object, which
                // the route resets (and, above spoolThreshold, whose temp file it deletes) when the exchange completes
                from(sandboxUri("ttsai", "jobs", callbacks() + "&delay=100")).convertBodyTo(byte[].class).to("mock:stems");
            }
        };
    }

    @Test
    void aSeparationCompletedByWebhookIsEmittedWithItsStems() throws Exception {
        MockEndpoint stems = getMockEndpoint("mock:stems");
        stems.expectedMessageCount(1);
        byte[] song = speech("a song to split into stems");

        Exchange accepted = template.request(ttsai("audioSeparate", "stems=4&" + callbacks()), e -> e.getMessage().setBody(song));

        assertThat(accepted.getException()).isNull();
        TaskAccepted task = accepted.getMessage().getBody(TaskAccepted.class);
        String webhook = sandbox.wire().last().formFields().get("webhook_url");
        assertThat(webhook).startsWith("http://127.0.0.1:" + callbackPort + "/speech/callbacks/ttsai/").contains("?token=");

        stems.assertIsSatisfied(10_000);
        Exchange emitted = stems.getReceivedExchanges().get(0);
        assertThat(emitted.getMessage().getHeader(SpeechConstants.JOB_ID)).isEqualTo(task.taskId());
        assertThat(emitted.getMessage().getHeader(SpeechConstants.COMPLETED_BY)).isEqualTo("callback");
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(emitted.getMessage().getBody(byte[].class)))) {
            while (zip.getNextEntry() != null) {
                entries++;
            }
        }
        assertThat(entries).isEqualTo(4);
        Thread.sleep(500);
        assertThat(stems.getReceivedCounter()).as("emitted once").isEqualTo(1);
    }
}
