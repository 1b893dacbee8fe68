package io.camelspeech.sandbox.tencent;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every choice the Tencent Media Lab voice-cloning page leaves open, in one place so that a real account can
 * correct it.
 *
 * <ol>
 * <li>Errors come with HTTP 200 (as Tencent Cloud APIs answer business errors) and the body
 *     {@code {"requestId": "...", "error": {"code": "...", "message": "..."}}}, codes named after Tencent Cloud's
 *     common ones: AuthFailure (missing or wrong secretId / secretKey), InvalidAction, MissingParameter,
 *     InvalidParameter (wrong JSON type or shape, a body that is not JSON), InvalidParameterValue (a documented
 *     rule broken), ResourceNotFound (unknown job id, an untrained model for type 1), ResourceInUse (a type-2 model
 *     name already taken). Only an unknown path (404) or method (405), and injected faults, change the HTTP
 *     status.</li>
 * <li>Credentials are checked before the action.</li>
 * <li>A job is SUBMITTED (1) for the first third of the job duration, then PROCESSING (2), then COMPLETED (3) or
 *     ERROR (4); CANCELED (5) is never reached. {@code timing} values are epoch-millisecond strings, {@code "0"}
 *     until reached. A job past its {@code timeout} before it ends becomes ERROR at the timeout.</li>
 * <li>An ERROR job carries {@code "error": {"code", "message"}}: {@value #JOB_FAILED} with the scripted reason,
 *     or {@value #JOB_TIMEOUT}.</li>
 * <li>Jobs echo {@code inputs} and {@code outputs} as sent (no defaults filled in), plus {@code customId},
 *     {@code callback} and {@code timeout} when given. On COMPLETED every output gets
 *     {@code smartContentResult.voiceCloning}: {@code voiceName} = outputPrefix + {@value #VOICE_FILE} for type 1,
 *     {@code modelName} for type 2.</li>
 * <li>Rules: each input has exactly one of sourceData (1..{@value #MAX_SOURCE_DATA} characters), url (absolute
 *     http(s)) or source{contentId, path}; inputSelectors index existing inputs; outputPrefix shorter than
 *     {@value #MAX_OUTPUT_PREFIX} characters; destination starts with {@code /}; customId 1..63 characters;
 *     callback an absolute http(s) URL; timeout at least 1 s; type 1 or 2. Type 1 needs contentId and a modelName
 *     that is {@value #DEFAULT_MODEL} or a completed trained model; totalEpoch is ignored there. Type 2 needs a
 *     modelName matching {@link #MODEL_NAME}, not {@code default}, not a listed model and not being trained by a
 *     job that has not failed, totalEpoch 1..{@value #MAX_EPOCH} (default {@value #DEFAULT_EPOCH}), and audio
 *     inputs (url or source), since a model is trained from recordings.</li>
 * <li>ListModels lists trained models oldest first: seeded ones ({@link #SEED_MODEL_NAMES}, then
 *     {@code seed_model_NNN}) dated from {@value #SEED_EPOCH_MILLIS} a minute apart, then the models of completed
 *     type-2 jobs, dated at their completion; {@code default} is implicit and not listed. offset is at least 0,
 *     limit 1..{@value #MAX_LIMIT}.</li>
 * <li>The callback is the Job object itself, POSTed once when the job reaches 3 or 4 (not delayed by
 *     {@code --webhook-delay-ms}), never for a stalled job without a timeout.</li>
 * </ol>
 */
final class TencentAssumptions {

    static final String JOB_FAILED = "JobFailed";
    static final String JOB_TIMEOUT = "JobTimeout";
    static final String VOICE_FILE = "out.wav";
    static final String DEFAULT_MODEL = "default";
    static final int MAX_SOURCE_DATA = 512;
    static final int MAX_OUTPUT_PREFIX = 20;
    static final int MAX_CUSTOM_ID = 64;
    static final int MAX_EPOCH = 50;
    static final int DEFAULT_EPOCH = 30;
    static final int MAX_LIMIT = 100;
    static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9_]{1,63}");
    static final List<String> SEED_MODEL_NAMES = List.of("narrator_v1", "newsreader", "podcast_host");
    static final long SEED_EPOCH_MILLIS = 1_700_000_000_000L;
    static final long SEED_SPACING_MILLIS = 60_000;
    static final Map<String, String> FAULT_CODES = Map.of(
            "rate_limited", "RequestLimitExceeded",
            "internal_error", "InternalError",
            "model_loading", "ResourceUnavailable",
            "bad_request", "InvalidParameter",
            "not_found", "ResourceNotFound",
            "insufficient_credits", "ResourceInsufficient");

    private TencentAssumptions() {
    }
}
