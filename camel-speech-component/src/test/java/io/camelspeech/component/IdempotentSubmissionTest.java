package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input submitted twice creates one provider job: the second submission follows the first job. */
class IdempotentSubmissionTest extends SandboxTestSupport {

    private static final String STYLE = "a2b1c3d4-0000-4000-8000-000000000001";

    @TempDir
    Path dir;

    @Test
    void theSameFileTwiceIsOneProviderJob() throws Exception {
        Path file = Files.write(dir.resolve("take.wav"), speech("the same take, dropped twice"));
        String uri = sandboxUri("replica", "speechToSpeech", "voice=" + STYLE);

        Exchange first = template.request(uri, e -> e.getMessage().setBody(file.toFile()));
        Exchange second = template.request(uri, e -> e.getMessage().setBody(file.toFile()));

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();
        assertThat(sandbox.jobs().created("replica")).isEqualTo(1);
        assertThat(second.getMessage().getHeader(SpeechConstants.JOB_ID))
                .isEqualTo(first.getMessage().getHeader(SpeechConstants.JOB_ID));
        assertThat(second.getMessage().getBody(byte[].class)).isEqualTo(first.getMessage().getBody(byte[].class));
    }

    @Test
    void otherContentOrOtherOptionsAreNewJobs() throws Exception {
        Path one = Files.write(dir.resolve("one.wav"), speech("first recording"));
        Path two = Files.write(dir.resolve("two.wav"), speech("second recording"));
        template.request(sandboxUri("replica", "speechToSpeech", "voice=" + STYLE), e -> e.getMessage().setBody(one.toFile()));
        template.request(sandboxUri("replica", "speechToSpeech", "voice=" + STYLE), e -> e.getMessage().setBody(two.toFile()));
        template.request(sandboxUri("replica", "speechToSpeech", "voice=" + STYLE + "&globalPace=1.3"),
                e -> e.getMessage().setBody(one.toFile()));
        assertThat(sandbox.jobs().created("replica")).isEqualTo(3);
    }

    @Test
    void anExplicitKeyDecidesWhatCountsAsTheSameSubmission() {
        byte[] audio = speech("keyed by the route");
        String uri = sandboxUri("aimlapi", "speechToText", "wait=false");
        Exchange first = template.request(uri, e -> {
            e.getMessage().setBody(audio);
            e.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, "order-4711");
        });
        Exchange again = template.request(uri, e -> {
            e.getMessage().setBody(audio);
            e.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, "order-4711");
        });
        Exchange other = template.request(uri, e -> {
            e.getMessage().setBody(audio);
            e.getMessage().setHeader(SpeechConstants.IDEMPOTENCY_KEY, "order-4712");
        });
        assertThat(again.getMessage().getHeader(SpeechConstants.JOB_ID)).isEqualTo(first.getMessage().getHeader(SpeechConstants.JOB_ID));
        assertThat(other.getMessage().getHeader(SpeechConstants.JOB_ID)).isNotEqualTo(first.getMessage().getHeader(SpeechConstants.JOB_ID));
        assertThat(sandbox.jobs().created("aimlapi")).isEqualTo(2);
    }
}
