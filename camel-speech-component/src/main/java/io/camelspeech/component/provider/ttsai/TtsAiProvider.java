package io.camelspeech.component.provider.ttsai;

import static io.camelspeech.component.SpeechOperation.audioAnalyze;
import static io.camelspeech.component.SpeechOperation.audioConvert;
import static io.camelspeech.component.SpeechOperation.audioDereverb;
import static io.camelspeech.component.SpeechOperation.audioEnhance;
import static io.camelspeech.component.SpeechOperation.audioSeparate;
import static io.camelspeech.component.SpeechOperation.clonedSpeech;
import static io.camelspeech.component.SpeechOperation.listModels;
import static io.camelspeech.component.SpeechOperation.listVoices;
import static io.camelspeech.component.SpeechOperation.speechToSpeech;
import static io.camelspeech.component.SpeechOperation.speechToText;
import static io.camelspeech.component.SpeechOperation.speechTranslation;
import static io.camelspeech.component.SpeechOperation.textToSpeech;
import static io.camelspeech.component.SpeechOperation.voiceChat;
import static io.camelspeech.component.SpeechOperation.voiceConversion;
import static io.camelspeech.component.input.AudioFormat.FLAC;
import static io.camelspeech.component.input.AudioFormat.M4A;
import static io.camelspeech.component.input.AudioFormat.MP3;
import static io.camelspeech.component.input.AudioFormat.MP4;
import static io.camelspeech.component.input.AudioFormat.OGG;
import static io.camelspeech.component.input.AudioFormat.WAV;
import static io.camelspeech.component.input.AudioFormat.WEBM;
import static io.camelspeech.component.provider.HttpOperation.get;
import static io.camelspeech.component.provider.HttpOperation.post;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.SpeechOperation;
import io.camelspeech.component.SpeechProviderException;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.model.AudioAnalysis;
import io.camelspeech.component.model.ModelList;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.model.SpeechTranslation;
import io.camelspeech.component.model.Transcript;
import io.camelspeech.component.model.VoiceChatReply;
import io.camelspeech.component.model.VoiceList;
import io.camelspeech.component.provider.ProviderSupport;
import io.camelspeech.component.provider.HealthProbe;
import io.camelspeech.component.provider.Param;
import io.camelspeech.component.provider.RateLimits;
import io.camelspeech.component.provider.SpeechCall;
import io.camelspeech.component.provider.SpeechResult;
import io.camelspeech.component.transport.ErrorParser;
import io.camelspeech.component.transport.ProviderRequest;
import io.camelspeech.component.transport.ProviderResponse;

/**
 * TTS.ai REST API (https://api.tts.ai/v1/, Bearer key): fourteen endpoints, each one call. The table below follows
 * the provider's page endpoint by endpoint; limits the page leaves open are marked (assume).
 */
public final class TtsAiProvider extends ProviderSupport {

    private static final long MB = 1024L * 1024;
    /** (assume) the audio tools state no upload limit; the largest documented one applies */
    private static final long AUDIO_TOOLS_MAX_BYTES = 100 * MB;

    private static final Param SPEED = Param.of("speed", "speed").range(0.5, 2.0);
    private static final Param LANGUAGE = Param.of("language", "language");

    public TtsAiProvider() {
        super("ttsai", "https://api.tts.ai/v1", null); // limits by plan, below
        operation(textToSpeech, post("tts/").text("text").params(
                Param.of("model", "model").required().defaultsTo("kokoro"),
                Param.of("voice", "voice").required(),
                Param.of("format", "format").oneOf("mp3", "wav", "flac", "ogg"),
                SPEED, LANGUAGE,
                Param.of("stream", "stream")));
        operation(speechToText, post("stt/").audio("file", 100 * MB, MP3, WAV, FLAC, OGG, M4A, MP4, WEBM).params(
                Param.of("model", "model").oneOf("whisper", "faster-whisper", "sensevoice"),
                LANGUAGE,
                Param.of("timestamps", "timestamps"),
                Param.of("diarize", "diarize"))
                .returns(Transcript.class));
        operation(clonedSpeech, post("tts/clone/").textWithReferenceAudio("text", "reference_audio", 20 * MB).params(
                Param.of("model", "model").oneOf("chatterbox", "cosyvoice", "gpt-sovits"),
                Param.of("format", "format").oneOf("mp3", "wav", "flac"),
                LANGUAGE));
        operation(voiceConversion, post("voice-convert/").audio("file", 50 * MB, MP3, WAV, FLAC).params(
                Param.of("targetVoice", "target_voice").required(),
                Param.of("model", "model").oneOf("openvoice", "knn-vc"),
                Param.of("format", "format").oneOf("wav", "mp3", "flac")));
        operation(speechTranslation, post("speech-translate/").audio("file", 100 * MB).params(
                Param.of("targetLanguage", "target_language").required(),
                Param.of("voice", "voice"),
                Param.of("preserveVoice", "preserve_voice"))
                .returns(SpeechTranslation.class));
        operation(speechToSpeech, post("speech-to-speech/").audio("file", 50 * MB).params(
                Param.of("voice", "voice").required(),
                Param.of("model", "model").oneOf("openvoice", "chatterbox"),
                Param.of("emotion", "emotion"),
                SPEED));
        operation(audioEnhance, post("audio/enhance/").audio("file", AUDIO_TOOLS_MAX_BYTES).params(
                Param.of("denoise", "denoise").providerDefault(true),
                Param.of("enhanceClarity", "enhance_clarity").providerDefault(true),
                Param.of("superResolution", "super_resolution").providerDefault(false),
                Param.of("strength", "strength").range(1, 3).providerDefault(2)));
        operation(audioSeparate, post("audio/separate/").audio("file", AUDIO_TOOLS_MAX_BYTES).params(
                Param.of("model", "model").oneOf("demucs", "spleeter"),
                Param.of("stems", "stems").oneOf(2, 4, 5, 6),
                Param.of("format", "format").oneOf("wav", "mp3", "flac"),
                Param.of("callbackUrl", "webhook_url")));
        operation(audioDereverb, post("audio/dereverb/").audio("file", AUDIO_TOOLS_MAX_BYTES).params(
                Param.of("dereverbType", "type").oneOf("echo", "reverb"),
                Param.of("intensity", "intensity").range(1, 5).providerDefault(3)));
        operation(audioAnalyze, post("audio/analyze/").audio("file", AUDIO_TOOLS_MAX_BYTES)
                .returns(AudioAnalysis.class));
        operation(audioConvert, post("audio/convert/").audio("file", AUDIO_TOOLS_MAX_BYTES).params(
                Param.of("format", "format").required().oneOf("mp3", "wav", "flac", "ogg", "m4a", "aac", "opus"),
                Param.of("bitrate", "bitrate").oneOf(64, 128, 192, 256, 320),
                Param.of("sampleRate", "sample_rate").oneOf(22050, 44100, 48000),
                Param.of("channels", "channels").oneOf("mono", "stereo")));
        operation(voiceChat, post("voice-chat/").audioOrText("audio", "text").params(
                Param.of("voice", "voice"),
                Param.of("ttsModel", "tts_model"),
                Param.of("systemPrompt", "system_prompt"),
                Param.of("conversationId", "conversation_id"))
                .returns(VoiceChatReply.class));
        operation(listModels, get("models/").returns(ModelList.class));
        operation(listVoices, get("voices/").params(
                Param.of("model", "model"),
                LANGUAGE,
                Param.of("gender", "gender").oneOf("male", "female", "neutral"))
                .returns(VoiceList.class));
    }

    @Override
    public RateLimits rateLimits(String plan) {
        return "enterprise".equalsIgnoreCase(plan) ? new RateLimits(300, 20, 50_000) : new RateLimits(60, 5, 5_000);
    }

    @Override
    public ErrorParser errorParser() {
        return TtsAiProvider::parseError;
    }

    /** GET /voices/: free, and refused without a valid key. */
    @Override
    protected HealthProbe healthProbe(SpeechCall call) {
        return HealthProbe.listing(URI.create(call.baseUrl() + "/voices/"));
    }

    /** Long tasks (stem separation) report their completion to webhook_url; the task is then tracked. */
    @Override
    public boolean tracksJobs(SpeechOperation operation) {
        return operation == audioSeparate;
    }

    @Override
    public boolean acceptsCallbacks() {
        return true;
    }

    /** TTS.ai documents no task status call: a task is known by its webhook only (until jobTimeout). */
    @Override
    public boolean pollsJobs(SpeechOperation operation) {
        return false;
    }

    @Override
    public CompletableFuture<SpeechJob> pollJob(SpeechCall call, SpeechJob job) {
        return CompletableFuture.completedFuture(job);
    }

    /** {"event": "task.completed", "task_id", "status": "success", "result_url", "credits_used", ...} */
    @Override
    public SpeechJob parseCallback(JsonNode payload, SpeechJob known) {
        if (!payload.hasNonNull("task_id") || !payload.hasNonNull("status")) {
            throw new IllegalArgumentException("a TTS.ai webhook has task_id and status");
        }
        String status = payload.path("status").asText();
        JobState state = "success".equals(status) || "completed".equals(status) ? JobState.COMPLETED : JobState.FAILED;
        SpeechJob reported = new SpeechJob(id(), payload.path("task_id").asText(), known.state(), known.providerState(),
                known.createdAt(), known.updatedAt(), null, known.resultLocation(), null, known.details());
        Map<String, Object> details = payload.hasNonNull("credits_used")
                ? Map.of("creditsUsed", payload.path("credits_used").asLong()) : Map.of();
        return reported.update(state, status, payload.path("result_url").asText(null),
                state == JobState.FAILED ? "task " + status : null, details);
    }

    /** The finished task's result, downloaded (with the key: results are private) as the stems archive. */
    @Override
    public CompletableFuture<SpeechResult> jobResult(SpeechCall call, SpeechJob job) {
        return download(call, job, true)
                .thenApply(result -> result.header(SpeechConstants.CREDITS_USED, job.details().get("creditsUsed")));
    }

    @Override
    protected void authorize(ProviderRequest request, SpeechCall call) {
        request.header("Authorization", "Bearer " + call.apiKey());
    }

    @Override
    protected void readResponseHeaders(ProviderResponse<?> response, SpeechResult result) {
        result.header(SpeechConstants.CREDITS_USED, response.longHeader("X-Credits-Used"))
                .header(SpeechConstants.CREDITS_REMAINING, response.longHeader("X-Credits-Remaining"))
                .header(SpeechConstants.RATE_LIMIT_LIMIT, response.longHeader("X-RateLimit-Limit"))
                .header(SpeechConstants.RATE_LIMIT_REMAINING, response.longHeader("X-RateLimit-Remaining"))
                .header(SpeechConstants.RATE_LIMIT_RESET, response.header("X-RateLimit-Reset"));
    }

    /** {"error": {"code", "message", "credits_required", "credits_available"}} */
    public static SpeechProviderException.Builder parseError(int status, HttpHeaders headers, String body) {
        SpeechProviderException.Builder error = SpeechProviderException.builder("ttsai", status).responseBody(body);
        try {
            JsonNode node = SpeechJson.MAPPER.readTree(body).path("error");
            if (node.isObject()) {
                error.errorCode(text(node, "code")).message(text(node, "message"));
                if (node.has("credits_required") || node.has("credits_available")) {
                    error.credits(number(node, "credits_required"), number(node, "credits_available"));
                }
                return error;
            }
        } catch (java.io.IOException | RuntimeException notJson) {
            // fall through: keep the status and a short piece of the body
        }
        return error.message(body == null || body.isBlank() ? null : body.substring(0, Math.min(200, body.length())));
    }

    private static Long number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asLong() : null;
    }
}
