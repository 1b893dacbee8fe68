package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelspeech.component.model.Transcript;
import io.camelspeech.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * speech:openai against the sandbox's OpenAI-compatible module over real HTTP: what crosses the wire for speech,
 * transcriptions and translations, the transcript shapes, keyless self-hosted servers, and which 429 is retried.
 */
class OpenAiOperationsTest extends SandboxTestSupport {

    private static String openai(String operation, String options) {
        return "speech:openai:" + operation + "?apiKey=sandbox-key&retryDelay=20&baseUrl=" + sandbox.providerBaseUrl("openai")
               + (options.isEmpty() ? "" : "&" + options);
    }

    private byte[] openAiSpeech(String text) {
        Exchange spoken = template.request(openai("textToSpeech", "voice=alloy&format=wav"), e -> e.getMessage().setBody(text));
        assertThat(spoken.getException()).isNull();
        return spoken.getMessage().getBody(byte[].class);
    }

    @Test
    void textToSpeechSendsTheDocumentedJsonAndTranscriptionGivesTheWordsBack() {
        Exchange spoken = template.request(openai("textToSpeech", "voice=alloy&format=wav&speed=1.25"
                                                                  + "&instructions=Cheerful"), e -> e.getMessage().setBody("Hello from the OpenAI route"));

        assertThat(spoken.getException()).isNull();
        assertThat(spoken.getMessage().getHeader(SpeechConstants.CONTENT_TYPE, String.class)).startsWith("audio/wav");
        RecordedRequest speech = sandbox.wire().last();
        assertThat(speech.path()).endsWith("/audio/speech");
        assertThat(speech.header("Authorization")).isEqualTo("Bearer sandbox-key");
        assertThat(speech.json().get("input").asText()).isEqualTo("Hello from the OpenAI route");
        assertThat(speech.json().get("model").asText()).as("the documented default model").isEqualTo("gpt-4o-mini-tts");
        assertThat(speech.json().get("voice").asText()).isEqualTo("alloy");
        assertThat(speech.json().get("response_format").asText()).isEqualTo("wav");
        assertThat(speech.json().get("speed").asDouble()).isEqualTo(1.25);
        assertThat(speech.json().get("instructions").asText()).isEqualTo("Cheerful");
        assertThat(spoken.getMessage().getHeader(SpeechConstants.RATE_LIMIT_RESET, String.class))
                .as("OpenAI's duration format, passed on").matches("[0-9hms.]+");

        byte[] audio = spoken.getMessage().getBody(byte[].class);
        Exchange heard = template.request(openai("speechToText", ""), e -> e.getMessage().setBody(audio));
        assertThat(heard.getException()).isNull();
        assertThat(heard.getMessage().getBody(Transcript.class).text()).isEqualTo("Hello from the OpenAI route");
        RecordedRequest transcription = sandbox.wire().last();
        assertThat(transcription.path()).endsWith("/audio/transcriptions");
        assertThat(transcription.formFields()).containsEntry("model", "whisper-1");
        assertThat(transcription.files()).containsKey("file");
    }

    @Test
    void verboseJsonGivesSegmentsAndTheirWordsInTheSharedTranscript() {
        byte[] audio = openAiSpeech("One two three. Four five six.");

        Exchange heard = template.request(openai("speechToText", "format=verbose_json&timestampGranularities=segment,word"
                                                                 + "&language=en&temperature=0.2&prompt=Counting"),
                e -> e.getMessage().setBody(audio));

        assertThat(heard.getException()).isNull();
        Transcript transcript = heard.getMessage().getBody(Transcript.class);
        assertThat(transcript.text()).isEqualTo("One two three. Four five six.");
        assertThat(transcript.duration()).isPositive();
        assertThat(transcript.segments()).hasSizeGreaterThanOrEqualTo(1);
        assertThat(transcript.segments().stream().flatMap(s -> s.words().stream()).map(Transcript.Word::word))
                .containsExactly("One", "two", "three", "Four", "five", "six");
        RecordedRequest request = sandbox.wire().last();
        assertThat(request.formFields()).containsEntry("response_format", "verbose_json").containsEntry("language", "en")
                .containsEntry("prompt", "Counting").containsEntry("temperature", "0.2");
        assertThat(request.partOrder()).as("one field per granularity, as the API takes an array")
                .filteredOn("timestamp_granularities[]"::equals).hasSize(2);
    }

    @Test
    void textAndSubtitleFormatsArriveAsText() {
        byte[] audio = openAiSpeech("Subtitles please");

        Object text = template.requestBody(openai("speechToText", "format=text"), audio);
        Object subtitles = template.requestBody(openai("speechToText", "format=vtt"), audio);

        assertThat(text).isInstanceOf(String.class);
        assertThat(((String) text).trim()).isEqualTo("Subtitles please");
        assertThat(subtitles).isInstanceOf(String.class);
        assertThat((String) subtitles).startsWith("WEBVTT").contains("Subtitles please");
    }

    @Test
    void translationGivesATranscriptFromTheTranslationsEndpoint() {
        byte[] audio = openAiSpeech("Hola amigos");

        Exchange translated = template.request(openai("speechTranslation", ""), e -> e.getMessage().setBody(audio));

        assertThat(translated.getException()).isNull();
        assertThat(translated.getMessage().getBody(Transcript.class).text()).isNotBlank();
        assertThat(sandbox.wire().last().path()).endsWith("/audio/translations");
    }

    @Test
    void aSelfHostedServerNeedsNoKeyButOpenAiItselfDoes() {
        String keyless = "speech:openai:textToSpeech?voice=alloy&format=wav&baseUrl=" + sandbox.providerBaseUrl("openai");
        Exchange spoken = template.request(keyless, e -> e.getMessage().setBody("no key needed here"));
        assertThat(spoken.getException()).isNull();
        assertThat(sandbox.wire().last().header("Authorization")).as("no empty Bearer").isNull();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> template.request("speech:openai:textToSpeech?voice=alloy",
                        e -> e.getMessage().setBody("x")))
                .hasRootCauseInstanceOf(SpeechValidationException.class)
                .rootCause().hasMessageContaining("apiKey").hasMessageContaining("SPEECH_OPENAI_API_KEY");
    }

    @Test
    void anExhaustedQuotaIsNotRetriedAndAWrongKeyIsRefused() {
        String noQuota = "speech:openai:textToSpeech?voice=alloy&apiKey=sandbox-no-quota&retryDelay=20&baseUrl="
                         + sandbox.providerBaseUrl("openai");
        Exchange refused = template.request(noQuota, e -> e.getMessage().setBody("pay me"));

        assertThat(refused.getException()).isInstanceOf(SpeechProviderException.class);
        SpeechProviderException quota = (SpeechProviderException) refused.getException();
        assertThat(quota.getStatusCode()).isEqualTo(429);
        assertThat(quota.getErrorCode()).isEqualTo("insufficient_quota");
        assertThat(quota.isRetryable()).isFalse();
        assertThat(sandbox.wire().requests("/openai/v1/audio/speech")).as("sent once, not retried").hasSize(1);

        Exchange wrongKey = template.request("speech:openai:textToSpeech?voice=alloy&apiKey=wrong&baseUrl="
                                             + sandbox.providerBaseUrl("openai"), e -> e.getMessage().setBody("x"));
        assertThat(((SpeechProviderException) wrongKey.getException()).getStatusCode()).isEqualTo(401);
        assertThat(((SpeechProviderException) wrongKey.getException()).getErrorCode()).isEqualTo("invalid_api_key");
    }

    @Test
    void documentedLimitsAreCheckedBeforeAnyCall() {
        Exchange tooFast = template.request(openai("textToSpeech", "voice=alloy"), e -> {
            e.getMessage().setHeader(SpeechConstants.SPEED, 5.0);
            e.getMessage().setBody("too fast");
        });
        Exchange tooLong = template.request(openai("textToSpeech", "voice=alloy"), e -> e.getMessage().setBody("x".repeat(4097)));
        Exchange badGranularity = template.request(openai("speechToText", "format=verbose_json"), e -> {
            e.getMessage().setHeader(SpeechConstants.TIMESTAMP_GRANULARITIES, "segment,sentence");
            e.getMessage().setBody(new byte[] {1});
        });

        assertThat(tooFast.getException()).isInstanceOf(SpeechValidationException.class).hasMessageContaining("0.25");
        assertThat(tooLong.getException()).isInstanceOf(SpeechValidationException.class).hasMessageContaining("4096");
        assertThat(badGranularity.getException()).isInstanceOf(SpeechValidationException.class)
                .hasMessageContaining("sentence");
        assertThat(sandbox.wire().requests("/openai/v1/audio/speech")).isEmpty();
        assertThat(sandbox.wire().requests("/openai/v1/audio/transcriptions")).isEmpty();
    }

}
