package io.camelspeech.sandbox.replica;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Every choice the Replica speech-to-speech page leaves open, in one place so that a real account can correct it.
 *
 * <ol>
 * <li>Errors of the API are FastAPI-like: {@code {"detail": "..."}}; 401 for a missing or wrong {@code X-Api-Key},
 *     422 for a body that is not a JSON object or a field that is missing or of the wrong type, 404 for an unknown
 *     job or path, 405 for a known path with another method.</li>
 * <li>{@code performer_style_id} must be a UUID (the page shows one); {@code model_chain} any non-blank string;
 *     {@code global_pace}, {@code global_pitch}, {@code global_volume} numbers (no range is documented);
 *     {@code language_code} a string.</li>
 * <li>{@code POST /speech/sts} answers 200 with {@code uuid} and {@code additional_fields.upload_url} only.</li>
 * <li>A job that was created but not started is in state {@value #PENDING} (the page never polls before start).</li>
 * <li>{@code POST .../start} without a body (as the page's step 3 sends) means {@code {"extensions": ["wav"]}};
 *     accepted extensions are {@link #OUTPUT_EXTENSIONS}; the result is always WAV, and another extension is
 *     served as WAV with {@value #FORMAT_SUBSTITUTED_HEADER}. Only the first extension gets a {@code url}.</li>
 * <li>Starting a job again answers its current state (a retried start must not fail); an upload after the start
 *     is accepted by the storage but not used.</li>
 * <li>The upload is an S3 presigned POST to {@code /replica-uploads} (bucket {@value #UPLOAD_BUCKET}), valid for
 *     {@link #PRESIGNED_POST_VALIDITY}, with the fields boto3's {@code generate_presigned_post} gives, in its order.
 *     S3 semantics: every field before the file, with the presigned value (else 400 InvalidArgument naming the
 *     field and "check the order of the fields", or 403 AccessDenied / SignatureDoesNotMatch), no extra fields
 *     (403), the file last; success is 204 without a body.</li>
 * <li>The upload limit of 50 MB is binary megabytes ({@link #UPLOAD_LIMIT_BYTES}), refused as S3's
 *     EntityTooLarge. The storage also refuses formats other than {@link #ACCEPTED_FORMATS} (400 InvalidArgument),
 *     which plain S3 would not: the sandbox reports the documented format rule where it can see the bytes.</li>
 * <li>The result ({@code url}) is served without a key from {@code /replica-results/{uuid}.{extension}} and lasts
 *     as long as the input (compressed inputs estimated at {@value #COMPRESSED_AUDIO_BITS_PER_SECOND} bit/s); it
 *     keeps the words of sandbox-made input and its tune follows the performer style.</li>
 * <li>The global controls (pace, pitch, volume) are checked but do not change the result's duration.</li>
 * </ol>
 */
final class ReplicaAssumptions {

    static final String PENDING = "PENDING";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";
    static final String ERROR = "ERROR";
    static final int UNPROCESSABLE = 422;
    static final long UPLOAD_LIMIT_BYTES = 50L * 1024 * 1024;
    static final Set<String> ACCEPTED_FORMATS = Set.of("wav", "mp3", "ogg");
    static final Set<String> OUTPUT_EXTENSIONS = Set.of("wav", "mp3", "ogg", "flac");
    static final List<String> DEFAULT_EXTENSIONS = List.of("wav");
    static final String FORMAT_SUBSTITUTED_HEADER = "X-Sandbox-Format-Substituted";
    static final Duration PRESIGNED_POST_VALIDITY = Duration.ofHours(1);
    static final String UPLOAD_BUCKET = "replica-uploads";
    static final double COMPRESSED_AUDIO_BITS_PER_SECOND = 128_000;
    static final String NOTHING_UPLOADED = "No source audio was uploaded for this job: upload it to upload_url first.";

    private ReplicaAssumptions() {
    }
}
