package io.camelspeech.sandbox.ttsai;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Every choice the TTS.ai documentation leaves open, in one place so that a real account can correct it. Code that
 * depends on one of them uses the constant or method here.
 *
 * <ol>
 * <li>Billing counts every started unit (1,000 characters, minute of audio), at least one: the documentation's
 *     example (34 characters on kokoro) costs 2 credits. See {@link #billedUnits}.</li>
 * <li>Costs the documentation does not name: dereverb like enhancement, speech-to-speech like the voice changer.</li>
 * <li>Charged JSON answers (stt, speech-translate, voice-chat, analyze) carry X-Credits-Used / X-Credits-Remaining
 *     like audio answers do.</li>
 * <li>File size limits are binary megabytes.</li>
 * <li>The duration of compressed uploads is estimated at {@value #COMPRESSED_AUDIO_BITS_PER_SECOND} bit/s
 *     (nothing here decodes them); a WAV's duration comes from its header.</li>
 * <li>/audio/separate/ is asynchronous only when {@code webhook_url} is given (202 with a task id, then the
 *     {@code task.completed} callback); without it the stems come back at once as a zip with one WAV per stem,
 *     named as in {@link #STEM_NAMES}.</li>
 * <li>A voice id from /voices/ works with every speech model; only unknown ids are 404.</li>
 * <li>{@code emotion} values are not checked: the documented list ends with "…".</li>
 * <li>Endpoints without a {@code format} parameter (speech-to-speech, enhance, dereverb) answer WAV.</li>
 * <li>Formats the sandbox cannot encode (mp3, ogg, flac, m4a, …) are answered as WAV, with the requested format
 *     named in {@value #FORMAT_SUBSTITUTED_HEADER}.</li>
 * <li>stt answers the {@code language} field unless it is {@code auto}, else {@value #DEFAULT_LANGUAGE};
 *     speech-translate reports {@value #DEFAULT_LANGUAGE} as the source language.</li>
 * <li>X-RateLimit-Reset is the epoch second at which a fixed per-key window of {@link #RATE_WINDOW}, started by
 *     the key's first request in it, ends. Every request counts, whatever its answer.</li>
 * <li>Webhooks: one attempt, no signature, {@code Content-Type: application/json}.</li>
 * <li>results/ and voices/preview/ downloads need the same Bearer key as every endpoint; results expire after
 *     24 hours (documented).</li>
 * <li>An unknown endpoint, or a known one with another method, is 404 not_found.</li>
 * <li>/models/ gives {@code credits_per_1k_chars: null} for models not billed per character.</li>
 * </ol>
 */
final class TtsAiAssumptions {

    static final long BYTES_PER_MB = 1024L * 1024L;
    static final double COMPRESSED_AUDIO_BITS_PER_SECOND = 128_000;
    static final int DEREVERB_CREDITS_PER_MINUTE = 2;
    static final int SPEECH_TO_SPEECH_CREDITS_PER_MINUTE = 3;
    static final String OUTPUT_FORMAT_WITHOUT_PARAMETER = "wav";
    static final String FORMAT_SUBSTITUTED_HEADER = "X-Sandbox-Format-Substituted";
    static final String DEFAULT_LANGUAGE = "en";
    static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    static final Duration RESULT_RETENTION = Duration.ofHours(24);
    static final Map<Integer, List<String>> STEM_NAMES = Map.of(
            2, List.of("vocals", "accompaniment"),
            4, List.of("vocals", "drums", "bass", "other"),
            5, List.of("vocals", "drums", "bass", "piano", "other"),
            6, List.of("vocals", "drums", "bass", "guitar", "piano", "other"));

    private TtsAiAssumptions() {
    }

    /** Started units of {@code unitSize} in {@code quantity}, at least one. */
    static long billedUnits(double quantity, double unitSize) {
        return Math.max(1, (long) Math.ceil(quantity / unitSize));
    }
}
