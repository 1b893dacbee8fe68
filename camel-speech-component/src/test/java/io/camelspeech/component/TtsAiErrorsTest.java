package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.camelspeech.sandbox.Fault;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/** Each documented TTS.ai error code, and the retry rules: 429/503/5xx retried with back-off, other 4xx never. */
class TtsAiErrorsTest extends SandboxTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tts").to(ttsai("textToSpeech", "voice=af_bella&maxRetries=2"));
                from("direct:tts-no-retry").to(ttsai("textToSpeech", "voice=af_bella&maxRetries=0"));
                from("direct:bad-key").to("speech:ttsai:textToSpeech?voice=af_bella&apiKey=RAW(sk-tts-wrong)&baseUrl="
                                          + sandbox.providerBaseUrl("ttsai"));
                from("direct:free-plan").to("speech:ttsai:textToSpeech?voice=af_bella&apiKey=sandbox-free-key&baseUrl="
                                            + sandbox.providerBaseUrl("ttsai"));
                from("direct:unknown-voice").to(ttsai("textToSpeech", "voice=no_such_voice"));
                from("direct:models").to(ttsai("listModels", "maxRetries=2"));
            }
        };
    }

    private SpeechProviderException send(String uri) {
        Exchange result = template.request(uri, e -> e.getMessage().setBody("Hello"));
        assertThat(result.getException()).isInstanceOf(SpeechProviderException.class);
        return (SpeechProviderException) result.getException();
    }

    @Test
    void unauthorizedIsNotRetriedAndDoesNotLeakTheKey() {
        SpeechProviderException error = send("direct:bad-key");
        assertThat(error.getStatusCode()).isEqualTo(401);
        assertThat(error.getErrorCode()).isEqualTo("unauthorized");
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getMessage()).doesNotContain("sk-tts-wrong");
        assertThat(sandbox.wire().count("/tts/")).isEqualTo(1);
    }

    @Test
    void forbiddenOnAPlanWithoutApiAccess() {
        SpeechProviderException error = send("direct:free-plan");
        assertThat(error.getStatusCode()).isEqualTo(403);
        assertThat(error.getErrorCode()).isEqualTo("forbidden");
        assertThat(sandbox.wire().count("/tts/")).isEqualTo(1);
    }

    @Test
    void notFoundForAnUnknownVoice() {
        SpeechProviderException error = send("direct:unknown-voice");
        assertThat(error.getStatusCode()).isEqualTo(404);
        assertThat(error.getErrorCode()).isEqualTo("not_found");
        assertThat(error.getProvider()).isEqualTo("ttsai");
    }

    @Test
    void badRequestKeepsTheProviderMessage() {
        sandbox.faults().enqueue("/tts/", Fault.status(400, "bad_request", "Field 'text' is invalid"), 1);
        SpeechProviderException error = send("direct:tts");
        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getErrorCode()).isEqualTo("bad_request");
        assertThat(error.getProviderMessage()).isEqualTo("Field 'text' is invalid");
        assertThat(sandbox.wire().count("/tts/")).isEqualTo(1);
    }

    @Test
    void insufficientCreditsCarriesRequiredAndAvailable() {
        sandbox.faults().enqueue("/tts/", Fault.insufficientCredits(4, 2), 1);
        SpeechProviderException error = send("direct:tts");
        assertThat(error.getStatusCode()).isEqualTo(402);
        assertThat(error.getErrorCode()).isEqualTo("insufficient_credits");
        assertThat(error.getCreditsRequired()).isEqualTo(4);
        assertThat(error.getCreditsAvailable()).isEqualTo(2);
        assertThat(error.isRetryable()).isFalse();
        assertThat(sandbox.wire().count("/tts/")).isEqualTo(1);
    }

    @Test
    void fileTooLargeIsReported() {
        sandbox.faults().enqueue("/tts/", Fault.status(413, "file_too_large", "The uploaded file exceeds the limit"), 1);
        SpeechProviderException error = send("direct:tts");
        assertThat(error.getStatusCode()).isEqualTo(413);
        assertThat(error.getErrorCode()).isEqualTo("file_too_large");
    }

    @Test
    void modelLoadingIsRetriedUntilItSucceeds() {
        sandbox.faults().enqueue("/tts/", Fault.modelLoading(), 2);
        Exchange result = template.request("direct:tts", e -> e.getMessage().setBody("Hello"));
        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SpeechConstants.ATTEMPTS)).isEqualTo(3);
        assertThat(sandbox.wire().count("/tts/")).isEqualTo(3);
    }

    @Test
    void internalErrorIsRetriedUpToMaxRetriesThenRaisedAsRetryable() {
        sandbox.faults().enqueue("/tts/", Fault.internalError(), 5);
        SpeechProviderException error = send("direct:tts");
        assertThat(error.getStatusCode()).isEqualTo(500);
        assertThat(error.getErrorCode()).isEqualTo("internal_error");
        assertThat(error.isRetryable()).isTrue();
        assertThat(sandbox.wire().count("/tts/")).isEqualTo(3);
    }

    @Test
    void rateLimitedWaitsAsLongAsRetryAfterSays() {
        sandbox.faults().enqueue("/tts/", Fault.rateLimited(1), 1);
        long start = System.nanoTime();
        Exchange result = template.request("direct:tts", e -> e.getMessage().setBody("Hello"));
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(result.getException()).isNull();
        assertThat(sandbox.wire().count("/tts/")).isEqualTo(2);
        assertThat(elapsedMillis).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(950);
    }

    @Test
    void rateLimitedWithoutRetriesLeftIsRaised() {
        sandbox.faults().enqueue("/tts/", Fault.rateLimited(1), 1);
        SpeechProviderException error = send("direct:tts-no-retry");
        assertThat(error.getStatusCode()).isEqualTo(429);
        assertThat(error.getErrorCode()).isEqualTo("rate_limited");
        assertThat(error.isRetryable()).isTrue();
    }

    @Test
    void droppedConnectionOfAPostIsNotResentButAGetIs() {
        sandbox.faults().enqueue("/tts/", Fault.dropConnection(), 1);
        SpeechProviderException post = send("direct:tts");
        assertThat(post.getStatusCode()).isZero();
        assertThat(post.isRetryable()).isTrue();
        assertThat(sandbox.wire().count("/tts/")).isEqualTo(1);

        sandbox.faults().enqueue("/models/", Fault.dropConnection(), 1);
        Exchange listed = template.request("direct:models", e -> {
        });
        assertThat(listed.getException()).isNull();
        assertThat(sandbox.wire().count("/models/")).isEqualTo(2);
    }

    @Test
    void malformedJsonIsAClearProviderError() {
        sandbox.faults().enqueue("/models/", Fault.malformedJson(), 5);
        Exchange result = template.request("direct:models", e -> {
        });
        assertThat(result.getException()).isInstanceOf(SpeechProviderException.class);
        SpeechProviderException error = (SpeechProviderException) result.getException();
        assertThat(error.getErrorCode()).isEqualTo("malformed_response");
    }

    @Test
    void aSlowAnswerTimesOutAndThePostIsNotSentAgain() {
        sandbox.faults().enqueue("/tts/", Fault.delay(Duration.ofSeconds(3)), 1);
        SpeechProviderException error = send(ttsai("textToSpeech", "voice=af_bella&requestTimeout=300"));
        assertThat(error.getStatusCode()).isZero();
        assertThat(error.getProviderMessage()).contains("POST /ttsai/v1/tts/ timed out");
        assertThat(error.isRetryable()).isTrue();
        assertThat(sandbox.wire().count("/tts/")).isLessThanOrEqualTo(1);
    }
}
