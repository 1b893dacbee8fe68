package io.camelspeech.component.provider.audiostack;

import io.camelspeech.component.support.Futures;
import static io.camelspeech.component.SpeechOperation.cloneVoice;
import static io.camelspeech.component.SpeechOperation.getJob;
import static io.camelspeech.component.SpeechOperation.uploadFile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.SpeechProviderException;
import io.camelspeech.component.SpeechValidationException;
import io.camelspeech.component.input.AudioFormat;
import io.camelspeech.component.input.AudioInput;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.JobTracker;
import io.camelspeech.component.job.PollSchedule;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.provider.ProviderSupport;
import io.camelspeech.component.provider.CommonParams;
import io.camelspeech.component.provider.HealthProbe;
import io.camelspeech.component.provider.Param;
import io.camelspeech.component.provider.RateLimits;
import io.camelspeech.component.provider.RequestSupport;
import io.camelspeech.component.provider.SpeechCall;
import io.camelspeech.component.provider.SpeechResult;
import io.camelspeech.component.transport.ProviderRequest;

/**
 * AudioStack voice cloning (https://v2.api.audio, x-api-key): files are uploaded first ({@code POST /files}, PUT to
 * the upload URL, poll until {@code uploaded}), then {@code POST /speech/voice-cloning} (202) and
 * {@code GET /speech/voice-cloning?alias=} until {@code succeeded}. The alias is the job id. Instant clones take
 * seconds; professional ones take working days, so wait=false (or a long jobTimeout) is the way to run them.
 */
public final class AudioStackProvider extends ProviderSupport {

    private static final EnumSet<AudioFormat> ACCEPTED = EnumSet.of(AudioFormat.WAV, AudioFormat.MP3, AudioFormat.OGG,
            AudioFormat.FLAC);
    /** File uploads are quick: their own short polling, whatever the clone's schedule. */
    private static final PollSchedule UPLOAD_POLLING = new PollSchedule(200, 2000, PollSchedule.RATIO, 600_000);

    private static final Param ALIAS = Param.of("alias", "alias").required();
    private static final Param ENGINE = Param.of("engine", "engine").defaultsTo("voice_engine_3");
    /** chooses which documented limits are checked here; not a request field */
    private static final Param TIER = Param.of("tier", "tier").oneOf("instant", "professional").defaultsTo("instant");
    private static final Param GENDER = Param.of("gender", "gender").oneOf("male", "female", "neutral");
    /** files uploaded before; without them the body's audio is uploaded first */
    private static final Param FILE_IDS = Param.of("fileIds", "fileIds").listOf();

    public AudioStackProvider() {
        // (assume) no published limits: generous ones that still queue a burst
        super("audiostack", "https://v2.api.audio", new RateLimits(600, 20, Integer.MAX_VALUE));
        operation(cloneVoice, this::cloneVoice, JOB_PARAMS, CommonParams.FILE_NAME, ALIAS, ENGINE, TIER, GENDER, FILE_IDS);
        operation(uploadFile, this::upload, List.of(CommonParams.FILE_NAME));
        jobs(cloneVoice, this::cloneStatus, (call, done) -> CompletableFuture.completedFuture(cloneResult(done)));
        getJob(this::cloneStatus, AudioStackProvider::cloneResult);
    }

    @Override
    protected void authorize(ProviderRequest request, SpeechCall call) {
        request.header("x-api-key", call.apiKey());
    }

    /** No free listing: the clone status of an alias that cannot exist (404 = key accepted). */
    @Override
    protected HealthProbe healthProbe(SpeechCall call) {
        return HealthProbe.absentJob(uri(call, "/speech/voice-cloning?alias=camel-speech-health-probe-0000"));
    }

    // --- uploadFile ------------------------------------------------------------------------------------------

    private CompletableFuture<SpeechResult> upload(SpeechCall call) {
        AudioInput audio = RequestSupport.audio(call, call.exchange().getMessage().getBody(), "message body",
                Tier.PROFESSIONAL.maxTotalBytes, ACCEPTED);
        return uploadOne(call, audio).thenApply(fileId -> new SpeechResult(Map.of("fileId", fileId,
                "fileName", audio.fileName())).header(SpeechConstants.FILE_IDS, fileId));
    }

    /** POST /files, PUT the bytes to the upload URL with its content type, then wait for "uploaded". */
    private CompletableFuture<String> uploadOne(SpeechCall call, AudioInput audio) {
        ObjectNode request = SpeechJson.MAPPER.createObjectNode().put("file_name", audio.fileName());
        request.putNull("folder_id");
        request.putNull("category_id");
        return postJson(call, uri(call, "/files"), request).thenCompose(answer -> {
            JsonNode created = data(answer);
            String fileId = text(created, "fileId");
            String mimeType = text(created, "mimeType") != null ? text(created, "mimeType") : audio.contentType();
            ProviderRequest put = ProviderRequest.put(URI.create(text(created, "uploadUrl")), mimeType, audio::publisher);
            return sendIgnoringBody(call, put)
                    .thenCompose(done -> call.jobs().awaitFinal(SpeechJob.submitted(id(), fileId),
                            job -> fileStatus(call, job), UPLOAD_POLLING))
                    .thenApply(SpeechJob::id);
        });
    }

    private CompletableFuture<SpeechJob> fileStatus(SpeechCall call, SpeechJob job) {
        return getJson(call, uri(call, "/files/" + job.id())).thenApply(answer -> {
            String status = text(data(answer), "status");
            JobState state = "uploaded".equals(status) ? JobState.COMPLETED
                    : "failed".equals(status) ? JobState.FAILED : JobState.RUNNING;
            return job.update(state, status, null, state == JobState.FAILED ? "upload failed" : null, null);
        });
    }

    // --- cloneVoice ------------------------------------------------------------------------------------------

    private CompletableFuture<SpeechResult> cloneVoice(SpeechCall call) {
        Tier tier = Tier.of(TIER.in(call.options()));
        List<String> given = split(FILE_IDS.in(call.options()));
        CompletableFuture<List<String>> fileIds;
        if (!given.isEmpty()) {
            tier.checkCount(given.size(), call);
            fileIds = CompletableFuture.completedFuture(given);
        } else {
            List<AudioInput> audio = audioFiles(call);
            tier.check(audio, call);
            fileIds = uploadAll(call, audio);
        }
        String alias = ALIAS.textIn(call.options());
        return fileIds.thenCompose(ids -> {
            ObjectNode request = cloneRequest(call, ids);
            return submit(call, Map.of("alias", alias),
                    c -> postJson(c, uri(c, "/speech/voice-cloning"), request));
        }).thenCompose(answer -> track(call, SpeechJob.submitted(id(), alias)));
    }

    /**
     * The alias is globally unique, so a clone whose answer was lost is found by it; none (404) means the request
     * never arrived. A re-submission refused because the alias exists is never taken for success: this lookup decides.
     */
    @Override
    public CompletableFuture<JobTracker.Recovered> recoverSubmission(SpeechCall call, SpeechJob pending) {
        String alias = String.valueOf(pending.details().get("alias"));
        return cloneStatus(call, SpeechJob.submitted(id(), alias)).handle((found, failure) -> {
            Throwable cause = Futures.cause(failure);
            if (cause instanceof SpeechProviderException refused && refused.getStatusCode() == 404) {
                return JobTracker.Recovered.notSubmitted();
            }
            return cause != null ? CompletableFuture.<JobTracker.Recovered>failedFuture(cause)
                    : JobTracker.Recovered.found(found);
        }).thenCompose(outcome -> outcome);
    }

    private ObjectNode cloneRequest(SpeechCall call, List<String> fileIds) {
        ObjectNode body = SpeechJson.MAPPER.createObjectNode();
        ArrayNode ids = body.putArray("fileIds");
        fileIds.forEach(ids::add);
        body.put(ALIAS.wireName(), ALIAS.textIn(call.options()));
        body.put(ENGINE.wireName(), ENGINE.textIn(call.options()));
        ObjectNode metadata = body.putObject("metadata");
        if (GENDER.in(call.options()) != null) {
            metadata.put(GENDER.wireName(), GENDER.textIn(call.options()));
        }
        // the tier only chooses which documented limits are checked here: the page has no field for it
        return body;
    }

    /** Uploads one after the other: a failed upload stops before the rest are sent. */
    private CompletableFuture<List<String>> uploadAll(SpeechCall call, List<AudioInput> audio) {
        CompletableFuture<List<String>> chain = CompletableFuture.completedFuture(new ArrayList<>());
        for (AudioInput file : audio) {
            chain = chain.thenCompose(ids -> uploadOne(call, file).thenApply(id -> {
                ids.add(id);
                return ids;
            }));
        }
        return chain;
    }

    /** One file, a list of files, or a folder of them (sorted by name). */
    private List<AudioInput> audioFiles(SpeechCall call) {
        Object body = call.exchange().getMessage().getBody();
        List<Object> sources = new ArrayList<>();
        File asFile = body instanceof org.apache.camel.WrappedFile<?> wrapped && wrapped.getFile() instanceof File f ? f
                : body instanceof File f ? f : body instanceof Path p ? p.toFile() : null;
        if (asFile != null && asFile.isDirectory()) {
            try (Stream<Path> children = Files.list(asFile.toPath())) {
                children.filter(Files::isRegularFile).sorted().forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list folder " + asFile, e);
            }
            if (sources.isEmpty()) {
                throw new SpeechValidationException("folder " + asFile, call.describe() + ": folder " + asFile + " is empty");
            }
        } else if (body instanceof Collection<?> many) {
            many.forEach(item -> sources.add(item instanceof String path ? Path.of(path) : item));
        } else {
            sources.add(body);
        }
        List<AudioInput> audio = new ArrayList<>();
        for (Object source : sources) {
            audio.add(RequestSupport.audio(call, source, source instanceof Path || source instanceof File
                    ? "file " + source : "message body", Long.MAX_VALUE, ACCEPTED));
        }
        return audio;
    }

    private CompletableFuture<SpeechJob> cloneStatus(SpeechCall call, SpeechJob job) {
        URI status = uri(call, "/speech/voice-cloning?alias=" + URLEncoder.encode(job.id(), StandardCharsets.UTF_8));
        return getJson(call, status).thenApply(answer -> {
            JsonNode clone = data(answer);
            String providerState = text(clone, "status");
            JobState state = switch (providerState == null ? "" : providerState) {
                case "succeeded" -> JobState.COMPLETED;
                case "failed" -> JobState.FAILED;
                default -> JobState.RUNNING;
            };
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("discardedFiles", SpeechJson.MAPPER.convertValue(clone.path("discardedFiles"), List.class));
            if (answer.path("meta").hasNonNull("creditsUsed")) {
                details.put("creditsUsed", answer.path("meta").path("creditsUsed").asLong());
            }
            String error = state == JobState.FAILED ? failureOf(clone) : null;
            return job.update(state, providerState, job.id(), error, details);
        });
    }

    private static SpeechResult cloneResult(SpeechJob job) {
        SpeechResult result = jobResult(job).header(SpeechConstants.DISCARDED_FILES, job.details().get("discardedFiles"));
        return result.header(SpeechConstants.CREDITS_USED, job.details().get("creditsUsed"));
    }

    private static String failureOf(JsonNode clone) {
        String reason = text(clone, "failureReason");
        if (reason == null) {
            reason = text(clone, "reason");
        }
        if (reason == null) {
            reason = text(clone, "message");
        }
        return reason != null ? reason : "voice cloning failed; discarded files: " + clone.path("discardedFiles");
    }

    /** (SDK) answers may wrap their content in "data". */
    private static JsonNode data(JsonNode answer) {
        return answer.has("data") && answer.get("data").isObject() ? answer.get("data") : answer;
    }

    /** The engine limits of voice_engine_3, checked before anything is uploaded or paid for. */
    enum Tier {
        INSTANT(25, 1.5, 1.5, 10L * 1024 * 1024),
        PROFESSIONAL(100, 600, 1800, 1500L * 1024 * 1024);

        final int maxFiles;
        final double minFileSeconds;
        final double minTotalSeconds;
        final long maxTotalBytes;

        Tier(int maxFiles, double minFileSeconds, double minTotalSeconds, long maxTotalBytes) {
            this.maxFiles = maxFiles;
            this.minFileSeconds = minFileSeconds;
            this.minTotalSeconds = minTotalSeconds;
            this.maxTotalBytes = maxTotalBytes;
        }

        static Tier of(Object option) {
            return option != null && "professional".equalsIgnoreCase(option.toString()) ? PROFESSIONAL : INSTANT;
        }

        void checkCount(int files, SpeechCall call) {
            if (files > maxFiles) {
                throw new SpeechValidationException("fileIds", call.describe() + ": " + files + " files, more than the "
                        + name().toLowerCase() + " tier's " + maxFiles);
            }
        }

        void check(List<AudioInput> audio, SpeechCall call) {
            checkCount(audio.size(), call);
            long totalBytes = 0;
            double totalSeconds = 0;
            for (AudioInput file : audio) {
                double seconds = file.duration();
                if (seconds < 0) {
                    throw new SpeechValidationException(file.subject(), call.describe() + ": cannot measure the duration"
                            + " of " + file.subject() + " (" + file.format() + "); send WAV, MP3, OGG or FLAC");
                }
                if (seconds < minFileSeconds) {
                    throw new SpeechValidationException(file.subject(), call.describe() + ": " + file.subject() + " lasts "
                            + String.format("%.1f", seconds) + " s, less than the " + name().toLowerCase() + " tier's "
                            + minFileSeconds + " s per file");
                }
                totalBytes += file.length();
                totalSeconds += seconds;
            }
            if (totalBytes > maxTotalBytes) {
                throw new SpeechValidationException("message body", call.describe() + ": " + totalBytes
                        + " bytes in all, more than the " + name().toLowerCase() + " tier's " + maxTotalBytes);
            }
            if (totalSeconds < minTotalSeconds) {
                throw new SpeechValidationException("message body", call.describe() + ": "
                        + String.format("%.1f", totalSeconds) + " s of audio in all, less than the "
                        + name().toLowerCase() + " tier's " + minTotalSeconds + " s");
            }
        }
    }
}
