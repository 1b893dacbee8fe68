package io.camelspeech.component.provider.replica;

import static io.camelspeech.component.SpeechOperation.getJob;
import static io.camelspeech.component.SpeechOperation.speechToSpeech;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.component.SpeechProviderException;
import io.camelspeech.component.input.AudioFormat;
import io.camelspeech.component.input.AudioInput;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.provider.ProviderSupport;
import io.camelspeech.component.provider.CommonParams;
import io.camelspeech.component.provider.HealthProbe;
import io.camelspeech.component.provider.Param;
import io.camelspeech.component.provider.Params;
import io.camelspeech.component.provider.RateLimits;
import io.camelspeech.component.provider.SafeNames;
import io.camelspeech.component.provider.RequestSupport;
import io.camelspeech.component.provider.SpeechCall;
import io.camelspeech.component.provider.SpeechResult;
import io.camelspeech.component.transport.MultipartForm;
import io.camelspeech.component.transport.ProviderRequest;

/**
 * Replica Studios speech-to-speech (https://api.replicastudios.com/v2, X-Api-Key): create the job
 * ({@code POST /speech/sts}), upload the source to the presigned POST it returns (every form field first, the file
 * last, named {@code file}), start it with the wanted extensions, poll {@code GET /speech/{uuid}}, download the url.
 */
public final class ReplicaProvider extends ProviderSupport {

    private static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    private static final List<Param> CREATE_FIELDS = List.of(
            Param.of("voice", "performer_style_id").required(),
            Param.of("modelChain", "model_chain").required().defaultsTo("vox_1_0"),
            Param.of("globalPace", "global_pace"),
            Param.of("globalPitch", "global_pitch"),
            Param.of("globalVolume", "global_volume"),
            Param.of("language", "language_code"));
    /** start's {"extensions": [...]}: the formats to generate; the first is downloaded */
    private static final Param FORMATS = Param.of("format", "extensions").listOf().defaultsTo("wav");

    public ReplicaProvider() {
        // (assume) no published limits: generous ones that still queue a burst
        super("replica", "https://api.replicastudios.com/v2", new RateLimits(600, 20, Integer.MAX_VALUE));
        List<Param> shared = new ArrayList<>(JOB_PARAMS);
        shared.add(CommonParams.FILE_NAME);
        shared.addAll(CREATE_FIELDS);
        operation(speechToSpeech, this::convert, shared, FORMATS);
        jobs(speechToSpeech, this::poll, this::downloadResult);
        getJob(this::poll, ProviderSupport::jobResult);
    }

    @Override
    protected void authorize(ProviderRequest request, SpeechCall call) {
        request.header("X-Api-Key", call.apiKey());
    }

    /** No free listing: the status of a job that cannot exist (404 = key accepted). */
    @Override
    protected HealthProbe healthProbe(SpeechCall call) {
        return HealthProbe.absentJob(uri(call, "/speech/00000000-0000-4000-8000-000000000000"));
    }

    private CompletableFuture<SpeechResult> convert(SpeechCall call) {
        AudioInput audio = RequestSupport.audio(call, call.exchange().getMessage().getBody(), "message body",
                MAX_UPLOAD_BYTES, EnumSet.of(AudioFormat.WAV, AudioFormat.MP3, AudioFormat.OGG));
        @SuppressWarnings("unchecked")
        List<String> extensions = (List<String>) FORMATS.wireIn(call.options());
        ObjectNode create = SpeechJson.MAPPER.valueToTree(Params.wireFields(CREATE_FIELDS, call.options()));
        // no way to find a job again: a lost answer anywhere before start's makes the submission UNKNOWN
        return submit(call, Map.of(), c -> postJson(c, uri(c, "/speech/sts"), create)
                        .thenCompose(created -> upload(c, created, audio)
                                .thenCompose(uuid -> start(c, uuid, extensions))))
                .thenCompose(started -> track(call, started));
    }

    /** The presigned POST: every given field, in order, then the file part named "file". */
    private CompletableFuture<String> upload(SpeechCall call, JsonNode created, AudioInput audio) {
        String uuid = SafeNames.fileName(id(), "job id", text(created, "uuid"));
        JsonNode target = created.path("additional_fields").path("upload_url");
        MultipartForm form = new MultipartForm();
        for (Iterator<Map.Entry<String, JsonNode>> fields = target.path("fields").fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            form.field(field.getKey(), field.getValue().asText());
        }
        form.file("file", audio);
        ProviderRequest post = ProviderRequest.post(URI.create(text(target, "url")), form.contentType(), form.publisher());
        return sendIgnoringBody(call, post).thenApply(ignored -> uuid);
    }

    private CompletableFuture<SpeechJob> start(SpeechCall call, String uuid, List<String> extensions) {
        ArrayNode wanted = SpeechJson.MAPPER.createArrayNode();
        extensions.forEach(wanted::add);
        ObjectNode body = SpeechJson.MAPPER.createObjectNode().set(FORMATS.wireName(), wanted);
        return postJson(call, uri(call, "/speech/sts/" + uuid + "/start"), body)
                .thenApply(answer -> toJob(SpeechJob.submitted(id(), uuid), answer))
                .thenApply(job -> {
                    if (job.state() == JobState.FAILED) {
                        throw SpeechProviderException.builder(id(), 200).errorCode("ERROR")
                                .message("starting job " + uuid + " failed: " + job.error()).build();
                    }
                    return job;
                });
    }

    private CompletableFuture<SpeechJob> poll(SpeechCall call, SpeechJob job) {
        return getJson(call, uri(call, "/speech/" + job.id())).thenApply(answer -> toJob(job, answer));
    }

    private static SpeechJob toJob(SpeechJob job, JsonNode answer) {
        String state = text(answer, "state");
        JobState normalized = switch (state == null ? "" : state) {
            case "IN_PROGRESS", "PENDING", "QUEUED" -> JobState.RUNNING;
            case "COMPLETED", "SUCCESS", "DONE" -> JobState.COMPLETED;
            case "CANCELED", "CANCELLED" -> JobState.CANCELED;
            case "" -> job.state();
            default -> JobState.FAILED;
        };
        String error = normalized == JobState.FAILED ? text(answer.path("additional_fields"), "error") : null;
        return job.update(normalized, state, text(answer, "url"), error, null);
    }

    private CompletableFuture<SpeechResult> downloadResult(SpeechCall call, SpeechJob done) {
        if (done.resultLocation() == null) {
            return CompletableFuture.completedFuture(jobResult(done));
        }
        return download(call, done, false); // presigned: no key
    }
}
