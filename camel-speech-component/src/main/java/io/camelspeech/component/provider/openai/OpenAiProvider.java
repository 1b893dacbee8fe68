package io.camelspeech.component.provider.openai;

import static io.camelspeech.component.SpeechOperation.speechToText;
import static io.camelspeech.component.SpeechOperation.speechTranslation;
import static io.camelspeech.component.SpeechOperation.textToSpeech;
import static io.camelspeech.component.input.AudioFormat.FLAC;
import static io.camelspeech.component.input.AudioFormat.M4A;
import static io.camelspeech.component.input.AudioFormat.MP3;
import static io.camelspeech.component.input.AudioFormat.MP4;
import static io.camelspeech.component.input.AudioFormat.OGG;
import static io.camelspeech.component.input.AudioFormat.WAV;
import static io.camelspeech.component.input.AudioFormat.WEBM;
import static io.camelspeech.component.provider.HttpOperation.post;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.model.Transcript;
import io.camelspeech.component.provider.ProviderSupport;
import io.camelspeech.component.provider.JsonErrors;
import io.camelspeech.component.provider.HealthProbe;
import io.camelspeech.component.provider.Param;
import io.camelspeech.component.provider.RateLimits;
import io.camelspeech.component.provider.SpeechCall;
import io.camelspeech.component.provider.SpeechResult;
import io.camelspeech.component.transport.ErrorParser;
import io.camelspeech.component.transport.ProviderRequest;
import io.camelspeech.component.transport.ProviderResponse;

/**
 * OpenAI-compatible audio (https://api.openai.com/v1, Bearer key): {@code /audio/speech}, {@code /audio/transcriptions}
 * and {@code /audio/translations}. The same shapes are served by Groq, Speaches / faster-whisper, LocalAI, vLLM and
 * others: {@code baseUrl} reaches them, and a server other than OpenAI's may need no key.
 */
public final class OpenAiProvider extends ProviderSupport {

    private static final String OPENAI = "https://api.openai.com/v1";
    private static final long MAX_UPLOAD_BYTES = 25L * 1024 * 1024;
    private static final int MAX_INPUT_CHARS = 4096;

    private static final Param MODEL_STT = Param.of("model", "model").required().defaultsTo("whisper-1");
    private static final Param PROMPT = Param.of("prompt", "prompt");
    private static final Param TRANSCRIPT_FORMAT = Param.of("format", "response_format")
            .oneOf("json", "text", "srt", "verbose_json", "vtt");
    private static final Param TEMPERATURE = Param.of("temperature", "temperature").range(0, 1);

    public OpenAiProvider() {
        // (assume) limits depend on the account's tier: generous ones that still queue a burst; input ≤ 4,096 chars
        super("openai", OPENAI, new RateLimits(500, 20, MAX_INPUT_CHARS));
        operation(textToSpeech, post("audio/speech").text("input").params(
                Param.of("model", "model").required().defaultsTo("gpt-4o-mini-tts"),
                Param.of("voice", "voice").required(),
                Param.of("instructions", "instructions"),
                Param.of("format", "response_format").oneOf("mp3", "opus", "aac", "flac", "wav", "pcm"),
                Param.of("speed", "speed").range(0.25, 4.0)));
        operation(speechToText, post("audio/transcriptions").audio("file", MAX_UPLOAD_BYTES,
                        FLAC, MP3, MP4, M4A, OGG, WAV, WEBM).params(
                MODEL_STT,
                Param.of("language", "language"),
                PROMPT, TRANSCRIPT_FORMAT, TEMPERATURE,
                Param.of("timestampGranularities", "timestamp_granularities[]").listOf("segment", "word"))
                .returns(Transcript.class, OpenAiProvider::transcript));
        operation(speechTranslation, post("audio/translations").audio("file", MAX_UPLOAD_BYTES,
                        FLAC, MP3, MP4, M4A, OGG, WAV, WEBM).params(
                MODEL_STT, PROMPT, TRANSCRIPT_FORMAT, TEMPERATURE)
                .returns(Transcript.class, OpenAiProvider::transcript));
    }

    /** GET /models: free on OpenAI; a compatible server without it answers 404 after checking the key. */
    @Override
    protected HealthProbe healthProbe(SpeechCall call) {
        return new HealthProbe(ProviderRequest.get(URI.create(call.baseUrl() + "/models")), true);
    }

    /** Self-hosted compatible servers often want no key; OpenAI itself always does. */
    @Override
    public boolean credentialsOptional(String baseUrl) {
        return !baseUrl.startsWith(OPENAI);
    }

    @Override
    protected void authorize(ProviderRequest request, SpeechCall call) {
        if (call.apiKey() != null && !call.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + call.apiKey());
        }
    }

    /**
     * {"error": {"message", "type", "param", "code"}}: the code, else the type, is the error code; a 429 for an
     * exhausted quota is not worth sending again, only one for the rate limit is.
     */
    @Override
    public ErrorParser errorParser() {
        ErrorParser shared = JsonErrors.parser(id());
        return (status, headers, body) -> {
            var error = shared.parse(status, headers, body);
            if (error.errorCode() == null) {
                error.errorCode(errorType(body));
            }
            return "insufficient_quota".equals(error.errorCode()) ? error.retryable(false) : error;
        };
    }

    private static String errorType(String body) {
        try {
            JsonNode type = io.camelspeech.component.model.SpeechJson.MAPPER.readTree(body == null ? "" : body)
                    .path("error").path("type");
            return type.isTextual() ? type.asText() : null;
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    @Override
    protected void readResponseHeaders(ProviderResponse<?> response, SpeechResult result) {
        result.header(SpeechConstants.RATE_LIMIT_LIMIT, response.longHeader("x-ratelimit-limit-requests"))
                .header(SpeechConstants.RATE_LIMIT_REMAINING, response.longHeader("x-ratelimit-remaining-requests"))
                .header(SpeechConstants.RATE_LIMIT_RESET, response.header("x-ratelimit-reset-requests"));
    }

    /**
     * json: {"text"}; verbose_json: {"language", "duration", "text", "segments": [{"start", "end", "text"}],
     * "words": [{"word", "start", "end"}]} — words belong to the segment whose time they fall in.
     */
    static Transcript transcript(JsonNode answer) {
        List<Transcript.Word> words = new ArrayList<>();
        for (JsonNode word : answer.path("words")) {
            words.add(new Transcript.Word(word.path("word").asText(), number(word, "start"), number(word, "end")));
        }
        List<Transcript.Segment> segments = new ArrayList<>();
        for (JsonNode segment : answer.path("segments")) {
            Double start = number(segment, "start");
            Double end = number(segment, "end");
            List<Transcript.Word> inside = words.stream().filter(w -> w.start() != null && start != null && end != null
                    && w.start() >= start && w.start() < end).toList();
            segments.add(new Transcript.Segment(start, end, segment.path("text").asText(null), null, inside));
        }
        if (segments.isEmpty() && !words.isEmpty()) {
            segments.add(new Transcript.Segment(words.get(0).start(), words.get(words.size() - 1).end(),
                    answer.path("text").asText(null), null, words));
        }
        return new Transcript(answer.path("text").asText(null), answer.path("language").asText(null),
                number(answer, "duration"), segments);
    }

    private static Double number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asDouble() : null;
    }
}
