package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.junit.SandboxExtension;
import io.camelspeech.sandbox.testing.TestAudio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAI-compatible audio API under /openai/v1: speech, transcriptions, translations, errors and limits. */
class OpenAiAudioTest {

    private static final String KEY = "sandbox-key";
    private static final String NO_QUOTA_KEY = "sandbox-no-quota";
    /** Go's duration text as OpenAI sends it: 0s, 20ms, 1s, 1.5s, 6m0s, 1h2m3.5s. */
    private static final String DURATION = "0s|\\d+ms|(\\d+h)?(\\d+m)?\\d+(\\.\\d+)?s";
    private static final String TEXT = "Hello from the sandbox. This is a round trip, with ünïcödé!";

    @RegisterExtension
    static final SandboxExtension sandbox = SandboxExtension.create();

    private static String api;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void start() {
        api = sandbox.providerBaseUrl("openai");
    }

    @Test
    void isMountedUnderOpenAiV1() {
        assertThat(api).isEqualTo(sandbox.baseUrl() + "/openai/v1");
        assertThat(sandbox.sandbox().providers()).contains("openai");
    }

    // --- speech and the round trip --------------------------------------------------------------------------

    @Test
    void speechIsTranscribedBackToTheSameWords() throws Exception {
        HttpResponse<byte[]> speech = speech(speechBody(TEXT).put("response_format", "wav"), KEY);
        assertThat(speech.statusCode()).isEqualTo(200);
        assertThat(speech.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(new String(speech.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");

        HttpResponse<byte[]> transcription = multipart("/audio/transcriptions", new MultipartBody()
                .file("file", "speech.wav", "audio/wav", speech.body())
                .field("model", "whisper-1"), KEY);

        assertThat(transcription.statusCode()).isEqualTo(200);
        assertThat(transcription.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode json = json(transcription);
        assertThat(json.get("text").asText()).isEqualTo(TEXT);
        assertThat(json.size()).as("json is just {\"text\"}").isEqualTo(1);
    }

    @Test
    void defaultMp3IsWavBytesUnderTheMp3ContentTypeAndStillRoundTrips() throws Exception {
        HttpResponse<byte[]> speech = speech(speechBody("Default format."), KEY);

        assertThat(speech.statusCode()).isEqualTo(200);
        assertThat(speech.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
        assertThat(speech.headers().firstValue("X-Sandbox-Format-Substituted")).hasValue("mp3");

        JsonNode json = json(multipart("/audio/transcriptions", new MultipartBody()
                .file("file", "speech.mp3", "audio/mpeg", speech.body())
                .field("model", "gpt-4o-transcribe"), KEY));
        assertThat(json.get("text").asText()).isEqualTo("Default format.");
    }

    @Test
    void everyResponseFormatHasItsContentType() throws Exception {
        Map<String, String> types = Map.of("mp3", "audio/mpeg", "opus", "audio/ogg", "aac", "audio/aac",
                "flac", "audio/flac", "wav", "audio/wav", "pcm", "audio/pcm");
        for (Map.Entry<String, String> type : types.entrySet()) {
            HttpResponse<byte[]> speech = speech(speechBody("Formats.").put("response_format", type.getKey()), KEY);
            assertThat(speech.statusCode()).as(type.getKey()).isEqualTo(200);
            assertThat(speech.headers().firstValue("Content-Type")).as(type.getKey()).hasValue(type.getValue());
        }
    }

    @Test
    void pcmIsTheRawSamplesAt24kHzWithoutAHeader() throws Exception {
        // 12 characters at 60 ms each: 0.72 s of 16-bit mono at 24,000 Hz
        HttpResponse<byte[]> pcm = speech(speechBody("Hello there.").put("response_format", "pcm"), KEY);
        HttpResponse<byte[]> wav = speech(speechBody("Hello there.").put("response_format", "wav"), KEY);

        assertThat(pcm.headers().firstValue("X-Sandbox-Format-Substituted")).isEmpty();
        assertThat(pcm.body()).hasSize(2 * 17_280);
        assertThat(new String(pcm.body(), 0, 4, StandardCharsets.US_ASCII)).isNotEqualTo("RIFF");
        byte[] wavSamples = Arrays.copyOfRange(wav.body(), wav.body().length - pcm.body().length,
                wav.body().length);
        assertThat(pcm.body()).isEqualTo(wavSamples);
    }

    @Test
    void aCustomVoiceObjectSpeedAndInstructionsAreAccepted() throws Exception {
        ObjectNode body = speechBody("Custom voice.")
                .put("model", "gpt-4o-mini-tts")
                .put("instructions", "Speak like a pirate.")
                .put("speed", 4.0)
                .put("stream_format", "audio");
        body.putObject("voice").put("id", "voice_1234");

        HttpResponse<byte[]> speech = speech(body, KEY);

        assertThat(speech.statusCode()).isEqualTo(200);
    }

    @Test
    void translationGivesTheHeardTextAsTheEnglishText() throws Exception {
        byte[] speech = speech(speechBody(TEXT).put("response_format", "wav"), KEY).body();

        JsonNode json = json(multipart("/audio/translations", new MultipartBody()
                .file("file", "speech.wav", "audio/wav", speech)
                .field("model", "whisper-1")
                .field("response_format", "verbose_json"), KEY));

        assertThat(json.get("task").asText()).isEqualTo("translate");
        assertThat(json.get("language").asText()).isEqualTo("english");
        assertThat(json.get("text").asText()).isEqualTo(TEXT);
        assertThat(json.get("segments")).isNotEmpty();
    }

    // --- transcript formats -----------------------------------------------------------------------------------

    @Test
    void verboseJsonWithWordAndSegmentGranularities() throws Exception {
        byte[] speech = wav("Hello from the sandbox. This is a test.");

        HttpResponse<byte[]> response = multipart("/audio/transcriptions", new MultipartBody()
                .file("file", "speech.wav", "audio/wav", speech)
                .field("model", "whisper-1")
                .field("language", "en")
                .field("response_format", "verbose_json")
                .field("timestamp_granularities[]", "word")
                .field("timestamp_granularities[]", "segment"), KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = json(response);
        assertThat(json.get("task").asText()).isEqualTo("transcribe");
        assertThat(json.get("language").asText()).isEqualTo("english");
        assertThat(json.get("text").asText()).isEqualTo("Hello from the sandbox. This is a test.");
        double duration = json.get("duration").asDouble();
        assertThat(duration).isPositive();
        assertThat(json.get("words").findValuesAsText("word"))
                .containsExactly("Hello", "from", "the", "sandbox", "This", "is", "a", "test");
        JsonNode words = json.get("words");
        assertThat(words.get(0).get("start").asDouble()).isZero();
        assertThat(words.get(words.size() - 1).get("end").asDouble()).isLessThanOrEqualTo(duration);
        JsonNode segments = json.get("segments");
        assertThat(segments.findValuesAsText("text")).containsExactly("Hello from the sandbox.", "This is a test.");
        assertThat(segments.get(0).get("id").asInt()).isZero();
        assertThat(segments.get(1).get("id").asInt()).isEqualTo(1);
        assertThat(segments.get(0).get("end").asDouble()).isLessThanOrEqualTo(segments.get(1).get("start").asDouble());
        assertThat(segments.get(0).has("tokens")).isTrue();
    }

    @Test
    void verboseJsonGivesSegmentsByDefaultAndWordsOnlyWhenAsked() throws Exception {
        byte[] speech = wav("Only segments here.");

        JsonNode plain = json(multipart("/audio/transcriptions", new MultipartBody()
                .file("file", "speech.wav", "audio/wav", speech)
                .field("model", "whisper-1")
                .field("language", "es")
                .field("response_format", "verbose_json"), KEY));
        assertThat(plain.get("language").asText()).isEqualTo("spanish");
        assertThat(plain.has("segments")).isTrue();
        assertThat(plain.has("words")).isFalse();

        JsonNode wordsOnly = json(multipart("/audio/transcriptions", new MultipartBody()
                .file("file", "speech.wav", "audio/wav", speech)
                .field("model", "whisper-1")
                .field("response_format", "verbose_json")
                .field("timestamp_granularities[]", "word"), KEY));
        assertThat(wordsOnly.get("words").findValuesAsText("word")).containsExactly("Only", "segments", "here");
        assertThat(wordsOnly.has("segments")).isFalse();
    }

    @Test
    void textSrtAndVttArePlainText() throws Exception {
        byte[] speech = wav("First sentence here. Second one now.");

        HttpResponse<byte[]> text = transcribeAs(speech, "text");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(body(text)).isEqualTo("First sentence here. Second one now.\n");

        HttpResponse<byte[]> srt = transcribeAs(speech, "srt");
        assertThat(srt.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(body(srt))
                .startsWith("1\n00:00:00,000 --> 00:00:")
                .contains("\nFirst sentence here.\n\n2\n")
                .endsWith("\nSecond one now.\n\n")
                .containsPattern("\\d{2}:\\d{2}:\\d{2},\\d{3} --> \\d{2}:\\d{2}:\\d{2},\\d{3}");

        HttpResponse<byte[]> vtt = transcribeAs(speech, "vtt");
        assertThat(vtt.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(body(vtt))
                .startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:")
                .contains("\nFirst sentence here.\n\n")
                .endsWith("\nSecond one now.\n\n");
    }

    @Test
    void foreignAudioGetsADescriptiveTranscript() throws Exception {
        byte[] mp3 = new byte[16_000];
        mp3[0] = 'I';
        mp3[1] = 'D';
        mp3[2] = '3';

        JsonNode json = json(multipart("/audio/transcriptions", new MultipartBody()
                .file("file", "clip.mp3", "audio/mpeg", mp3)
                .field("model", "whisper-1"), KEY));

        assertThat(json.get("text").asText()).isEqualTo("sandbox transcript of 1.0 seconds of mp3 audio");
    }

    // --- validation -------------------------------------------------------------------------------------------

    @Test
    void speechValidationErrorsNameTheParam() throws Exception {
        assertInvalid(speech(speechBodyWithout("input"), KEY),
                "input", "missing_required_parameter");
        assertInvalid(speech(speechBodyWithout("model"), KEY),
                "model", "missing_required_parameter");
        assertInvalid(speech(speechBodyWithout("voice"), KEY),
                "voice", "missing_required_parameter");
        assertInvalid(speech(speechBody("x".repeat(4097)), KEY), "input", "string_above_max_length");
        assertInvalid(speech(speechBody(TEXT).put("instructions", "y".repeat(4097)), KEY),
                "instructions", "string_above_max_length");
        assertInvalid(speech(speechBody(TEXT).put("model", "tts-1").put("instructions", "Cheerfully."), KEY),
                "instructions", "unsupported_parameter");
        assertInvalid(speech(speechBody(TEXT).put("model", "tts-1-hd").put("instructions", "Cheerfully."), KEY),
                "instructions", "unsupported_parameter");
        assertInvalid(speech(speechBody(TEXT).put("speed", 4.5), KEY), "speed", "decimal_above_max_value");
        assertInvalid(speech(speechBody(TEXT).put("speed", 0.2), KEY), "speed", "decimal_below_min_value");
        assertInvalid(speech(speechBody(TEXT).put("speed", "fast"), KEY), "speed", "invalid_type");
        assertInvalid(speech(speechBody(TEXT).put("response_format", "ogg"), KEY), "response_format", "invalid_value");
        assertInvalid(speech(speechBody(TEXT).put("stream_format", "chunks"), KEY), "stream_format", "invalid_value");

        HttpResponse<byte[]> sse = speech(speechBody(TEXT).put("stream_format", "sse"), KEY);
        assertInvalid(sse, "stream_format", "unsupported_value");
        assertThat(error(sse).get("message").asText()).contains("not supported by the sandbox");

        // exactly 4,096 characters is still fine
        assertThat(speech(speechBody("x".repeat(4096)).put("response_format", "pcm"), KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void notJsonIsRefusedWithoutAParam() throws Exception {
        HttpResponse<byte[]> response = send(request("/audio/speech", KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"tts-1\", "))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response).get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error(response).get("param").isNull()).isTrue();
    }

    @Test
    void transcriptionValidationErrorsNameTheParam() throws Exception {
        byte[] speech = wav("Validate me.");

        assertInvalid(multipart("/audio/transcriptions", new MultipartBody().field("model", "whisper-1"), KEY),
                "file", "missing_required_parameter");
        assertInvalid(multipart("/audio/transcriptions", new MultipartBody()
                .file("file", "speech.wav", "audio/wav", speech), KEY), "model", "missing_required_parameter");
        assertInvalid(transcribe(speech, "temperature", "1.5"), "temperature", "decimal_above_max_value");
        assertInvalid(transcribe(speech, "temperature", "-0.1"), "temperature", "decimal_below_min_value");
        assertInvalid(transcribe(speech, "temperature", "warm"), "temperature", "invalid_type");
        assertInvalid(transcribe(speech, "response_format", "xml"), "response_format", "invalid_value");
        assertInvalid(transcribe(speech, "language", "english"), "language", "invalid_value");
        assertInvalid(transcribe(speech, "timestamp_granularities[]", "word"), "timestamp_granularities",
                "invalid_value");
        assertInvalid(multipart("/audio/transcriptions", new MultipartBody()
                .file("file", "notes.wav", "audio/wav", "just some text, not audio".getBytes(StandardCharsets.UTF_8))
                .field("model", "whisper-1"), KEY), "file", "invalid_value");
        assertInvalid(multipart("/audio/transcriptions", new MultipartBody()
                .file("file", "speech.wav", "audio/wav", speech)
                .field("model", "whisper-1")
                .field("response_format", "verbose_json")
                .field("timestamp_granularities[]", "sentence"), KEY), "timestamp_granularities", "invalid_value");

        assertThat(transcribe(speech, "temperature", "0.4").statusCode()).isEqualTo(200);
    }

    @Test
    void anUploadAbove25MegabytesIs413AfterItWasRead() throws Exception {
        long size = 25L * 1024 * 1024 + 1;
        HttpRequest request = StreamedUpload.request(new TtsAiClient(sandbox.sandbox()), api + "/audio/transcriptions",
                "big.mp3", "audio/mpeg", new byte[0], TestAudio.mp3Stream(size), size);

        HttpResponse<byte[]> response = send(request);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response).get("param").asText()).isEqualTo("file");
        assertThat(error(response).get("message").asText()).contains("26214400");
    }

    @Test
    void unknownPathIs404InOpenAisShape() throws Exception {
        HttpResponse<byte[]> response = speechAt("/audio/sing", speechBody(TEXT), KEY);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response).get("message").asText()).isEqualTo("Invalid URL (POST /v1/audio/sing)");
        assertThat(error(response).get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error(response).get("param").isNull()).isTrue();
        assertThat(error(response).has("code")).isTrue();
    }

    // --- keys -------------------------------------------------------------------------------------------------

    @Test
    void aWrongKeyIs401WithoutEchoingTheKey() throws Exception {
        HttpResponse<byte[]> response = speech(speechBody(TEXT), "sk-wrong-key-123456");

        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode error = error(response);
        assertThat(error.get("code").asText()).isEqualTo("invalid_api_key");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").isNull()).isTrue();
        assertThat(error.get("message").asText()).startsWith("Incorrect API key provided").doesNotContain("wrong-key");
        assertThat(error.fieldNames()).toIterable().containsExactly("message", "type", "param", "code");
    }

    @Test
    void noKeyAtAllIsAcceptedAsASelfHostedServerWould() throws Exception {
        HttpResponse<byte[]> speech = speech(speechBody("No key needed.").put("response_format", "wav"), null);
        assertThat(speech.statusCode()).isEqualTo(200);

        HttpResponse<byte[]> transcription = multipart("/audio/transcriptions", new MultipartBody()
                .file("file", "speech.wav", "audio/wav", speech.body())
                .field("model", "Systran/faster-whisper-small"), null);
        assertThat(transcription.statusCode()).isEqualTo(200);
        assertThat(json(transcription).get("text").asText()).isEqualTo("No key needed.");

        RecordedRequest recorded = sandbox.wire().requests("/openai/v1/audio/transcriptions").stream()
                .filter(r -> r.header("Authorization") == null)
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(recorded.responseStatus()).isEqualTo(200);
        assertThat(recorded.formFields()).containsEntry("model", "Systran/faster-whisper-small");
        assertThat(recorded.files().get("file").detectedFormat()).isEqualTo("wav");
    }

    @Test
    void theNoQuotaKeyAlwaysGets429InsufficientQuotaWithoutRetryAfter() throws Exception {
        HttpResponse<byte[]> response = speech(speechBody(TEXT), NO_QUOTA_KEY);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(error(response).get("code").asText()).isEqualTo("insufficient_quota");
        assertThat(error(response).get("type").asText()).isEqualTo("insufficient_quota");
        assertThat(response.headers().firstValue("retry-after")).isEmpty();

        HttpResponse<byte[]> again = multipart("/audio/transcriptions", new MultipartBody()
                .file("file", "speech.wav", "audio/wav", wav("Quota."))
                .field("model", "whisper-1"), NO_QUOTA_KEY);
        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(error(again).get("code").asText()).isEqualTo("insufficient_quota");
    }

    // --- rate limits ------------------------------------------------------------------------------------------

    @Test
    void everyAnswerCarriesTheRequestWindowHeadersInDurationFormat() throws Exception {
        HttpResponse<byte[]> ok = speech(speechBody("Headers."), KEY);
        HttpResponse<byte[]> refused = speech(speechBody(TEXT).put("speed", 9), KEY);
        HttpResponse<byte[]> unauthorized = speech(speechBody(TEXT), "bad-key-" + UUID.randomUUID());

        for (HttpResponse<byte[]> response : List.of(ok, refused, unauthorized)) {
            assertThat(response.headers().firstValue("x-ratelimit-limit-requests")).hasValue("500");
            int remaining = Integer.parseInt(response.headers().firstValue("x-ratelimit-remaining-requests").orElseThrow());
            assertThat(remaining).isBetween(0, 499);
            assertThat(response.headers().firstValue("x-ratelimit-reset-requests").orElseThrow()).matches(DURATION);
            assertThat(response.headers().firstValue("x-request-id").orElseThrow()).startsWith("req_");
        }
        // a key's first request: 499 of 500 left, full again after a 500th of a minute
        assertThat(unauthorized.headers().firstValue("x-ratelimit-remaining-requests")).hasValue("499");
        assertThat(unauthorized.headers().firstValue("x-ratelimit-reset-requests")).hasValue("120ms");
    }

    @Test
    void anInjectedRateLimitIsOpenAisRateLimitExceededWithRetryAfter() throws Exception {
        sandbox.faults().enqueue("/openai/v1/audio/speech", Fault.rateLimited(3), 1);

        HttpResponse<byte[]> limited = speech(speechBody(TEXT), KEY);
        HttpResponse<byte[]> next = speech(speechBody(TEXT), KEY);

        assertThat(limited.statusCode()).isEqualTo(429);
        JsonNode error = error(limited);
        assertThat(error.get("code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(error.get("type").asText()).isEqualTo("requests");
        assertThat(limited.headers().firstValue("retry-after")).hasValue("3");
        assertThat(limited.headers().allValues("retry-after")).hasSize(1);
        assertThat(limited.headers().firstValue("x-ratelimit-remaining-requests")).hasValue("0");
        assertThat(limited.headers().firstValue("x-ratelimit-reset-requests")).hasValue("3s");
        assertThat(limited.headers().firstValue("X-RateLimit-Reset")).isEmpty();
        assertThat(next.statusCode()).isEqualTo(200);
    }

    @Test
    void otherInjectedFaultsKeepTheirCodeInOpenAisShape() throws Exception {
        sandbox.faults().enqueue("/openai/v1/audio/transcriptions", Fault.modelLoading(), 1);

        HttpResponse<byte[]> response = transcribe(wav("Loading."), "model", "whisper-1");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(error(response).get("type").asText()).isEqualTo("server_error");
        assertThat(error(response).get("code").asText()).isEqualTo("model_loading");
    }

    @Test
    void theRateLimitIsEnforcedWithRateLimitOn() throws Exception {
        try (SpeechSandbox limited = SpeechSandbox.start(SandboxConfig.builder().enforceRateLimits(true).build())) {
            String url = limited.providerBaseUrl("openai") + "/audio/nothing-here";
            HttpResponse<byte[]> last = null;
            for (int i = 0; i < 2_000; i++) {
                last = send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + KEY)
                        .POST(HttpRequest.BodyPublishers.noBody()).build());
                if (last.statusCode() == 429) {
                    break;
                }
            }
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(error(last).get("code").asText()).isEqualTo("rate_limit_exceeded");
            assertThat(last.headers().firstValue("retry-after")).isPresent();
            assertThat(last.headers().firstValue("x-ratelimit-remaining-requests")).hasValue("0");
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static ObjectNode speechBody(String input) {
        return TtsAiClient.JSON.createObjectNode()
                .put("model", "gpt-4o-mini-tts")
                .put("input", input)
                .put("voice", "alloy");
    }

    private static ObjectNode speechBodyWithout(String field) {
        ObjectNode body = speechBody(TEXT);
        body.remove(field);
        return body;
    }

    private static byte[] wav(String text) throws IOException, InterruptedException {
        HttpResponse<byte[]> speech = speech(speechBody(text).put("response_format", "wav"), KEY);
        assertThat(speech.statusCode()).isEqualTo(200);
        return speech.body();
    }

    private static HttpResponse<byte[]> transcribeAs(byte[] audio, String format) throws IOException, InterruptedException {
        return transcribe(audio, "response_format", format);
    }

    private static HttpResponse<byte[]> transcribe(byte[] audio, String field, String value)
            throws IOException, InterruptedException {
        MultipartBody body = new MultipartBody().file("file", "speech.wav", "audio/wav", audio);
        if (!field.equals("model")) {
            body.field("model", "whisper-1");
        }
        return multipart("/audio/transcriptions", body.field(field, value), KEY);
    }

    private static HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(2));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    private static HttpResponse<byte[]> speech(ObjectNode body, String key) throws IOException, InterruptedException {
        return speechAt("/audio/speech", body, key);
    }

    private static HttpResponse<byte[]> speechAt(String path, ObjectNode body, String key)
            throws IOException, InterruptedException {
        return send(request(path, key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    private static HttpResponse<byte[]> multipart(String path, MultipartBody body, String key)
            throws IOException, InterruptedException {
        return send(request(path, key)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build());
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return TtsAiClient.json(response);
    }

    private static JsonNode error(HttpResponse<byte[]> response) {
        JsonNode error = json(response).get("error");
        assertThat(error).as("error object in %s", body(response)).isNotNull();
        return error;
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static void assertInvalid(HttpResponse<byte[]> response, String param, String code) {
        assertThat(response.statusCode()).as(body(response)).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode error = error(response);
        assertThat(error.get("type").asText()).as(body(response)).isEqualTo("invalid_request_error");
        assertThat(error.get("param").asText()).as(body(response)).isEqualTo(param);
        assertThat(error.get("code").asText()).as(body(response)).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
    }
}
