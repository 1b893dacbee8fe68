package io.camelspeech.sandbox.aimlapi;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Every choice the AI/ML API speech-to-text page leaves open, in one place so that a real account can correct it.
 *
 * <ol>
 * <li>Errors have NestJS's default shape: {@code {"statusCode": 400, "message": "...", "error": "Bad Request"}};
 *     401 for a missing or wrong Bearer key, 404 for an unknown or expired generation or path, 413 above
 *     {@code --max-upload-mb} (no upload limit is documented).</li>
 * <li>{@code POST /stt/create} answers {@value #CREATED_STATUS} (NestJS's default for POST) with
 *     {@code {"generation_id"}}; {@code model} defaults to {@value #DEFAULT_MODEL} and must be one of
 *     {@link #MODELS}.</li>
 * <li>Accepted audio (by its bytes): {@link #ACCEPTED_FORMATS}; a URL input is fetched in the background and a URL
 *     that cannot be fetched (connection refused, a non-2xx status, no answer within {@link #FETCH_TIMEOUT}) or
 *     does not hold audio makes the generation fail.</li>
 * <li>A generation is {@code waiting} for the first third of the job duration, then {@code active}, then
 *     {@code completed} (a URL input still being fetched keeps it {@code active}); a failure is
 *     {@code {"status": "failed", "error": "..."}}.</li>
 * <li>The completed {@code result} is Deepgram's pre-recorded response: {@code metadata} (request_id, sha256,
 *     created, duration, channels, models) and {@code results.channels[0].alternatives[0]} with
 *     {@code transcript}, {@code confidence} {@value #CONFIDENCE} and {@code words} (word, start, end, confidence,
 *     punctuated_word) sharing the duration evenly. The transcript is the text embedded in sandbox audio, else a
 *     description, as for TTS.ai; compressed audio is timed at {@value #COMPRESSED_AUDIO_BITS_PER_SECOND} bit/s.</li>
 * <li>Generations are kept for the documented hour ({@link #RESULT_RETENTION}) from their creation, then 404.</li>
 * </ol>
 */
final class AimlApiAssumptions {

    static final String DEFAULT_MODEL = "#g1_whisper-large";
    static final List<String> MODELS = List.of("#g1_whisper-large", "#g1_whisper-medium", "#g1_whisper-small",
            "#g1_whisper-base", "#g1_whisper-tiny", "#g1_nova-2-general", "#g1_nova-2-meeting",
            "#g1_nova-2-phonecall");
    static final int CREATED_STATUS = 201;
    static final Set<String> ACCEPTED_FORMATS = Set.of("wav", "mp3", "ogg", "flac", "m4a", "webm");
    static final Duration FETCH_TIMEOUT = Duration.ofMinutes(2);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration RESULT_RETENTION = Duration.ofHours(1);
    static final double CONFIDENCE = 0.98;
    static final double COMPRESSED_AUDIO_BITS_PER_SECOND = 128_000;
    static final String WAITING = "waiting";
    static final String ACTIVE = "active";
    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    private AimlApiAssumptions() {
    }
}
