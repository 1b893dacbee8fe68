package io.camelspeech.sandbox.audiostack;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Every choice the AudioStack voice-cloning page and SDK leave open, in one place so that a real account can
 * correct it.
 *
 * <ol>
 * <li>Errors are the SDK's {@code {"message": "...", "errors": ["..."]}}: 403 for a missing or wrong
 *     {@code x-api-key}, 400 for invalid requests, 404 for unknown files, clones and paths, 409 for an alias already
 *     taken.</li>
 * <li>The files API answers flat JSON, as the SDK reads it: {@code POST /files} gives
 *     {@code {"fileId", "uploadUrl", "mimeType"}} (200); {@code GET /files/{fileId}} the SDK's File.Item fields
 *     ({@code fileId, fileName, folderId, url (null), createdBy, lastModified, fileType{name, mimeType},
 *     fileCategory (null), size, createdAt, status, duration}), status {@value #UPLOADING} until the PUT has
 *     completed, then {@value #UPLOADED}. The voice-cloning API answers AudioStack's envelope
 *     {@code {"meta": {"version", "requestId", "creditsUsed"}, "message", "warnings": [], "data": {...}}} (the page
 *     shows no body; {@code meta.creditsUsed} is documented).</li>
 * <li>{@code file_name} must end with a known extension ({@link #MIME_TYPES}); its MIME type is what the PUT must
 *     send as Content-Type, exactly, because it is signed into the presigned URL (else 403
 *     SignatureDoesNotMatch, in S3's XML). The upload URL is valid for {@link #UPLOAD_URL_VALIDITY}.</li>
 * <li>The page names both tiers of voice_engine_3 but no field to choose one: the files decide, professional when
 *     they hold at least the professional minimum of 30 minutes of audio, instant otherwise. An undocumented
 *     {@code tier} field ({@code "instant"} or {@code "professional"}) is still honoured when sent. Sizes in the tier
 *     table are binary megabytes; the total size counts every listed file.</li>
 * <li>Files the clone cannot use are discarded with a reason (not audio, shorter than the tier's minimum, listed
 *     twice) when the rest still meet the tier's minimum total; otherwise 400 naming the reasons. Unknown or
 *     still uploading files, too many files or too large a total are 400 at once.</li>
 * <li>A clone is {@value #CREATING}, then {@value #SUCCEEDED} or {@value #FAILED} (with {@code failureReason}).
 *     An alias is taken while its clone is creating or succeeded; a failed clone frees it. Aliases compare
 *     case-sensitively. {@code GET /speech/voice-cloning} needs {@code alias} (400 without).</li>
 * <li>The 300 credits of a successful instant clone appear as {@code meta.creditsUsed} once, in the first answer
 *     that reports the success (as the SDK adds up {@code creditsUsed} per answer); professional clones are billed
 *     outside the API (0).</li>
 * <li>Durations come from the WAV header, else are estimated at {@value #COMPRESSED_AUDIO_BITS_PER_SECOND} bit/s.</li>
 * </ol>
 */
final class AudioStackAssumptions {

    static final String ENGINE = "voice_engine_3";
    static final String UPLOADING = "uploading";
    static final String UPLOADED = "uploaded";
    static final String CREATING = "creating";
    static final String SUCCEEDED = "succeeded";
    static final String FAILED = "failed";
    static final String API_VERSION = "2.0.0";
    static final long BYTES_PER_MB = 1024L * 1024L;
    static final int INSTANT_CLONE_CREDITS = 300;
    static final Duration UPLOAD_URL_VALIDITY = Duration.ofHours(1);
    static final double COMPRESSED_AUDIO_BITS_PER_SECOND = 128_000;
    static final Set<String> AUDIO_FORMATS = Set.of("wav", "mp3", "ogg", "flac", "m4a", "webm");
    static final Map<String, String> MIME_TYPES = Map.of(
            "wav", "audio/wav",
            "mp3", "audio/mpeg",
            "ogg", "audio/ogg",
            "flac", "audio/flac",
            "m4a", "audio/mp4",
            "webm", "audio/webm",
            "mp4", "video/mp4");

    private AudioStackAssumptions() {
    }
}
