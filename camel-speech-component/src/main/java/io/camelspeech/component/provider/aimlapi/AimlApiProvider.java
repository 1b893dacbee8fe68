package io.camelspeech.component.provider.aimlapi;

import static io.camelspeech.component.SpeechOperation.getJob;
import static io.camelspeech.component.SpeechOperation.speechToText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.component.input.AudioFormat;
import io.camelspeech.component.input.AudioInput;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.model.Transcript;
import io.camelspeech.component.provider.ProviderSupport;
import io.camelspeech.component.provider.CommonParams;
import io.camelspeech.component.provider.HealthProbe;
import io.camelspeech.component.provider.Param;
import io.camelspeech.component.provider.RateLimits;
import io.camelspeech.component.provider.SafeNames;
import io.camelspeech.component.provider.RequestSupport;
import io.camelspeech.component.provider.SpeechCall;
import io.camelspeech.component.provider.SpeechResult;
import io.camelspeech.component.transport.MultipartForm;
import io.camelspeech.component.transport.ProviderRequest;

/**
 * AI/ML API speech-to-text (https://api.aimlapi.com/v1, Bearer key): {@code POST /stt/create} from a URL (JSON) or
 * an upload (multipart, part {@code audio}), then {@code GET /stt/{generation_id}} through waiting and active to
 * completed; the transcript is Deepgram-shaped.
 */
public final class AimlApiProvider extends ProviderSupport {

    /** (assume) no upload limit is documented; the largest of the other speech-to-text APIs applies */
    private static final long MAX_UPLOAD_BYTES = 100L * 1024 * 1024;

    private static final Param MODEL = Param.of("model", "model").defaultsTo("#g1_whisper-large");
    /** the provider fetches the audio itself; without it the body is uploaded */
    private static final Param AUDIO_URL = Param.of("audioUrl", "url");

    public AimlApiProvider() {
        // (assume) no published limits: generous ones that still queue a burst
        super("aimlapi", "https://api.aimlapi.com/v1", new RateLimits(600, 50, Integer.MAX_VALUE));
        operation(speechToText, this::transcribe, JOB_PARAMS, CommonParams.FILE_NAME, MODEL, AUDIO_URL);
        jobs(speechToText, this::poll, (call, done) -> CompletableFuture.completedFuture(
                withHeaders(new SpeechResult(transcript(done)), done)));
        getJob(this::poll, ProviderSupport::jobResult);
    }

    @Override
    protected void authorize(ProviderRequest request, SpeechCall call) {
        request.header("Authorization", "Bearer " + call.apiKey());
    }

    /** No free listing: the status of a generation that cannot exist (404 = key accepted). */
    @Override
    protected HealthProbe healthProbe(SpeechCall call) {
        return HealthProbe.absentJob(uri(call, "/stt/00000000-0000-4000-8000-000000000000"));
    }

    private CompletableFuture<SpeechResult> transcribe(SpeechCall call) {
        String modelName = MODEL.textIn(call.options());
        Object url = AUDIO_URL.in(call.options());
        CompletableFuture<JsonNode> created;
        if (url != null) {
            // the provider fetches the audio itself: nothing streams through this JVM
            ObjectNode body = SpeechJson.MAPPER.createObjectNode().put(MODEL.wireName(), modelName)
                    .put(AUDIO_URL.wireName(), url.toString());
            // no way to find a generation again: a lost answer makes the submission UNKNOWN
            created = submit(call, Map.of(), c -> postJson(c, uri(c, "/stt/create"), body));
        } else {
            AudioInput audio = RequestSupport.audio(call, call.exchange().getMessage().getBody(), "message body",
                    MAX_UPLOAD_BYTES, EnumSet.allOf(AudioFormat.class));
            MultipartForm form = new MultipartForm().field("model", modelName).file("audio", audio);
            created = submit(call, Map.of(), c -> sendJson(c, ProviderRequest.post(uri(c, "/stt/create"),
                    form.contentType(), form.publisher()), true));
        }
        return created.thenCompose(answer -> {
            return track(call, SpeechJob.submitted(id(), SafeNames.fileName(id(), "job id", text(answer, "generation_id"))));
        });
    }

    private CompletableFuture<SpeechJob> poll(SpeechCall call, SpeechJob job) {
        return getJson(call, uri(call, "/stt/" + job.id())).thenApply(answer -> {
            String status = text(answer, "status");
            JobState state = switch (status == null ? "" : status) {
                case "waiting", "queued" -> JobState.SUBMITTED;
                case "active", "processing" -> JobState.RUNNING;
                case "completed" -> JobState.COMPLETED;
                case "canceled", "cancelled" -> JobState.CANCELED;
                default -> JobState.FAILED;
            };
            String error = state == JobState.FAILED ? errorOf(answer, status) : null;
            Map<String, Object> details = state == JobState.COMPLETED
                    ? Map.of("result", SpeechJson.MAPPER.convertValue(answer.path("result"), Map.class)) : Map.of();
            return job.update(state, status, null, error, details);
        });
    }

    private static String errorOf(JsonNode answer, String status) {
        String error = text(answer, "error");
        if (error == null && answer.path("error").isObject()) {
            error = text(answer.path("error"), "message");
        }
        return error != null ? error : "status " + status;
    }

    /** result.results.channels[0].alternatives[0]: transcript and words; result.metadata.duration. */
    static Transcript transcript(SpeechJob job) {
        JsonNode result = SpeechJson.MAPPER.valueToTree(job.details().get("result"));
        JsonNode channel = result.path("results").path("channels").path(0);
        JsonNode best = channel.path("alternatives").path(0);
        List<Transcript.Word> words = new ArrayList<>();
        for (JsonNode word : best.path("words")) {
            words.add(new Transcript.Word(text(word, "punctuated_word") != null ? text(word, "punctuated_word")
                    : text(word, "word"), word.path("start").asDouble(), word.path("end").asDouble()));
        }
        Double duration = result.path("metadata").hasNonNull("duration")
                ? result.path("metadata").path("duration").asDouble() : null;
        String text = text(best, "transcript");
        List<Transcript.Segment> segments = words.isEmpty() ? List.of()
                : List.of(new Transcript.Segment(words.get(0).start(), words.get(words.size() - 1).end(), text, null, words));
        return new Transcript(text, text(channel, "detected_language"), duration, segments);
    }
}
