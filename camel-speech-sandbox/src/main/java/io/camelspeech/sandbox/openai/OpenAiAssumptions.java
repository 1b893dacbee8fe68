package io.camelspeech.sandbox.openai;

import io.camelspeech.sandbox.audio.AudioFormats;
import io.camelspeech.sandbox.audio.WavSpec;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every choice the OpenAI audio reference (providers contract, section 6) leaves open, in one place so that a real
 * account, or the self-hosted server at hand, can correct it. Code that depends on one of them uses the constant
 * here.
 *
 * <h2>Keys</h2>
 * <ol>
 * <li>The valid key is {@link OpenAiConfig#apiKey()} ({@code Authorization: Bearer sandbox-key} unless
 *     {@code --openai-key} or {@code SandboxConfig.Builder.openaiApiKey} set another).</li>
 * <li>A request without {@code Authorization}, or with {@code Bearer} and an empty key, is accepted as a keyless
 *     call to a self-hosted server ({@link #KEYLESS_REQUESTS_ACCEPTED}). Real OpenAI would answer 401; the component
 *     only sends no key when its {@code baseUrl} is not OpenAI's.</li>
 * <li>Any other key, or another scheme ({@code Basic ...}), is 401 {@code invalid_api_key}, type
 *     {@code invalid_request_error}; the message masks the key as OpenAI does.</li>
 * <li>The key {@value #NO_QUOTA_KEY} is valid but out of quota: every request with it is 429
 *     {@code insufficient_quota} (type {@code insufficient_quota}), without {@code retry-after}, since waiting does
 *     not help (the request window headers still show requests left).</li>
 * </ol>
 *
 * <h2>Rate limits</h2>
 * <ol>
 * <li>{@value #REQUESTS_PER_MINUTE} requests per {@link #RATE_WINDOW} per key (keyless calls share one bucket),
 *     refilled continuously as OpenAI describes: {@code x-ratelimit-remaining-requests} is what is left and
 *     {@code x-ratelimit-reset-requests} the time until the bucket is full again, in OpenAI's duration format
 *     ({@code 120ms} after one request, {@code 1m0s} after all). Every request counts, whatever its answer; a
 *     refused one takes nothing.</li>
 * <li>The limit is only enforced with {@code --rate-limit} ({@code SandboxConfig.enforceRateLimits}), as for
 *     TTS.ai: then 429 {@code rate_limit_exceeded} (type {@code requests}) with {@code retry-after} in whole
 *     seconds, at least 1. The headers are always sent.</li>
 * <li>An injected {@code Fault.rateLimited(s)} is answered in OpenAI's shape: 429, code {@code rate_limit_exceeded},
 *     {@code retry-after: s}, {@code x-ratelimit-remaining-requests: 0}, {@code x-ratelimit-reset-requests} = s
 *     (TTS.ai's {@code X-RateLimit-Remaining} / {@code -Reset} are left out). A {@code Fault.status(429,
 *     "insufficient_quota", ...)} gets type {@code insufficient_quota} and no {@code retry-after}; a 429 with any
 *     other code gets {@code retry-after: }{@value #DEFAULT_RETRY_AFTER_SECONDS} unless the fault set one. Other
 *     faults keep their code; their type is {@code server_error} for 5xx, else {@code invalid_request_error}.</li>
 * <li>Every answer carries an {@code x-request-id} ({@code req_} and 32 hex digits).</li>
 * </ol>
 *
 * <h2>Errors</h2>
 * <ol>
 * <li>400s are type {@code invalid_request_error} with {@code param} naming the field and codes in OpenAI's style:
 *     {@code missing_required_parameter}, {@code invalid_type}, {@code invalid_value},
 *     {@code string_above_max_length}, {@code string_below_min_length}, {@code decimal_below_min_value},
 *     {@code decimal_above_max_value}, {@code unsupported_parameter} (instructions with tts-1 / tts-1-hd),
 *     {@code unsupported_value} (stream_format sse). A body that is not JSON (speech) or multipart (transcriptions,
 *     translations) is 400 with param and code null.</li>
 * <li>An unknown path, or a known one with another method than POST, is 404 "Invalid URL (METHOD /v1/path)" with
 *     param and code null, after the key check.</li>
 * <li>An upload above {@link #MAX_UPLOAD_BYTES} (25 MiB, OpenAI's 26,214,400-byte content limit) is 413 with param
 *     {@code file} and code {@code file_too_large}; {@code --max-upload-mb} replaces the limit as for the other
 *     providers. The whole body is read first, so the client always gets the answer.</li>
 * <li>Unknown fields are ignored, in JSON and multipart alike.</li>
 * </ol>
 *
 * <h2>Speech</h2>
 * <ol>
 * <li>Any non-blank {@code model} is accepted (self-hosted servers name their own); the only model rule checked is
 *     that a non-empty {@code instructions} is refused for {@link #MODELS_WITHOUT_INSTRUCTIONS}. Any non-blank voice
 *     name, or {@code {"id": "..."}}, is accepted.</li>
 * <li>{@code input} and {@code instructions} lengths are counted in Unicode code points.</li>
 * <li>The audio is a tone melody at {@value #SPEECH_SAMPLE_RATE} Hz, 16-bit mono (OpenAI's PCM rate), about
 *     {@value #SECONDS_PER_CHARACTER} s per character divided by {@code speed}, between
 *     {@value #MIN_SPEECH_SECONDS} and {@value #MAX_SPEECH_SECONDS} s, with the input in the WAV's INFO comment so
 *     that transcription gives it back.</li>
 * <li>Only {@code wav} and {@code pcm} are really produced ({@code pcm}: the raw little-endian samples without a
 *     header, as documented; it carries no text, so it cannot round-trip). {@code mp3} (the default), {@code opus},
 *     {@code aac} and {@code flac} are answered with the WAV bytes under the requested format's Content-Type
 *     ({@link #SPEECH_CONTENT_TYPES}: audio/mpeg, audio/ogg, audio/aac, audio/flac) and
 *     {@value #FORMAT_SUBSTITUTED_HEADER} naming the format, as TTS.ai's module does.</li>
 * <li>Audio is always sent chunked, as OpenAI streams it; {@code stream_format} {@code audio} is accepted,
 *     {@code sse} is 400 "not supported by the sandbox".</li>
 * </ol>
 *
 * <h2>Transcriptions and translations</h2>
 * <ol>
 * <li>The upload's format is recognised from its bytes ({@link #ACCEPTED_UPLOAD_FORMATS}; mp4, mpeg and mpga are
 *     the ISO-media and MP3 families); the file name's extension is not checked (real OpenAI also refuses unknown
 *     extensions; self-hosted servers do not). Anything else is 400 "Invalid file format" with param
 *     {@code file}.</li>
 * <li>The transcript is what every sandbox transcriber hears ({@code HeardSpeech}): the text embedded in sandbox
 *     audio, else {@code sandbox transcript of N.N seconds of <format> audio}; compressed audio is timed at
 *     {@value #COMPRESSED_AUDIO_BITS_PER_SECOND} bit/s. A translation is that same text: the sandbox does not
 *     translate.</li>
 * <li>Any non-blank {@code model} is accepted; the real rule that gpt-4o(-mini)-transcribe only answer json/text is
 *     not enforced. {@code prompt} is accepted and ignored. {@code language} must look like ISO-639-1 (two
 *     letters), else 400; translations ignore it.</li>
 * <li>{@code verbose_json}'s {@code language} is the language's English name, lower case, as Whisper reports it
 *     ({@link #LANGUAGE_NAMES}, the code itself when unlisted), {@value #DEFAULT_LANGUAGE} without
 *     {@code language}; translations always report {@value #DEFAULT_LANGUAGE}.</li>
 * <li>Words share the duration evenly; a segment ends after a sentence end (. ! ?) or
 *     {@value #MAX_WORDS_PER_SEGMENT} words. Segments carry Whisper's fields: id, seek 0, start, end, text (no
 *     leading space), tokens (one per word), temperature (the requested one, else 0), avg_logprob
 *     {@value #AVG_LOGPROB}, compression_ratio {@value #COMPRESSION_RATIO}, no_speech_prob
 *     {@value #NO_SPEECH_PROB}. Word entries have the word without surrounding punctuation.</li>
 * <li>{@code timestamp_granularities[]} (also read without the brackets) is only allowed with
 *     {@code verbose_json} (else 400, param {@value #GRANULARITIES_PARAM}); values {@code segment} / {@code word},
 *     one per field or comma-separated. The sandbox's form reader keeps only the first value of a repeated field:
 *     when the field is sent two or more times, both granularities are assumed. {@code words} appear only with
 *     {@code word}; {@code segments} without the field or with {@code segment}. Translations ignore the field and
 *     always give segments.</li>
 * <li>{@code text}, {@code srt} and {@code vtt} answer {@code text/plain; charset=utf-8}; text ends with a newline.
 *     Times: {@code 00:00:01,500} in SRT, {@code 00:00:01.500} in VTT.</li>
 * </ol>
 */
final class OpenAiAssumptions {

    // keys
    static final String NO_QUOTA_KEY = "sandbox-no-quota";
    static final boolean KEYLESS_REQUESTS_ACCEPTED = true;
    static final String NO_KEY_MESSAGE = "You didn't provide an API key. You need to provide your API key in an"
            + " Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).";

    // rate limits
    static final int REQUESTS_PER_MINUTE = 500;
    static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    static final long DEFAULT_RETRY_AFTER_SECONDS = 1;

    // speech
    static final int MAX_INPUT_CHARACTERS = 4096;
    static final int MAX_INSTRUCTIONS_CHARACTERS = 4096;
    static final Set<String> MODELS_WITHOUT_INSTRUCTIONS = Set.of("tts-1", "tts-1-hd");
    static final String DEFAULT_SPEECH_FORMAT = "mp3";
    static final String PCM = "pcm";
    static final Map<String, String> SPEECH_CONTENT_TYPES = speechContentTypes();
    static final Set<String> ENCODED_SPEECH_FORMATS = Set.of(AudioFormats.WAV, PCM);
    static final String FORMAT_SUBSTITUTED_HEADER = "X-Sandbox-Format-Substituted";
    static final double DEFAULT_SPEED = 1.0;
    static final double MIN_SPEED = 0.25;
    static final double MAX_SPEED = 4.0;
    static final String STREAM_FORMAT_AUDIO = "audio";
    static final String STREAM_FORMAT_SSE = "sse";
    static final int SPEECH_SAMPLE_RATE = 24_000;
    static final double SECONDS_PER_CHARACTER = 0.060;
    static final double MIN_SPEECH_SECONDS = 0.5;
    static final double MAX_SPEECH_SECONDS = 20.0;

    // transcriptions and translations
    static final long MAX_UPLOAD_BYTES = 25L * 1024 * 1024;
    static final Set<String> ACCEPTED_UPLOAD_FORMATS = Set.of(AudioFormats.FLAC, AudioFormats.MP3, AudioFormats.M4A,
            AudioFormats.OGG, AudioFormats.WAV, AudioFormats.WEBM);
    static final List<String> DOCUMENTED_UPLOAD_FORMATS = List.of("flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "ogg",
            "wav", "webm");
    static final double COMPRESSED_AUDIO_BITS_PER_SECOND = 128_000;
    static final String DEFAULT_TRANSCRIPT_FORMAT = "json";
    static final List<String> TRANSCRIPT_FORMATS = List.of("json", "text", "srt", "verbose_json", "vtt");
    static final double MIN_TEMPERATURE = 0.0;
    static final double MAX_TEMPERATURE = 1.0;
    static final List<String> GRANULARITY_FIELDS = List.of("timestamp_granularities[]", "timestamp_granularities");
    static final String GRANULARITIES_PARAM = "timestamp_granularities";
    static final String WORD = "word";
    static final String SEGMENT = "segment";
    static final String DEFAULT_LANGUAGE = "english";
    static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("en", "english"), Map.entry("es", "spanish"), Map.entry("fr", "french"),
            Map.entry("de", "german"), Map.entry("it", "italian"), Map.entry("pt", "portuguese"),
            Map.entry("nl", "dutch"), Map.entry("ca", "catalan"), Map.entry("pl", "polish"),
            Map.entry("sv", "swedish"), Map.entry("tr", "turkish"), Map.entry("ru", "russian"),
            Map.entry("uk", "ukrainian"), Map.entry("ar", "arabic"), Map.entry("hi", "hindi"),
            Map.entry("ja", "japanese"), Map.entry("ko", "korean"), Map.entry("zh", "chinese"));
    static final int MAX_WORDS_PER_SEGMENT = 12;
    static final double AVG_LOGPROB = -0.25;
    static final double COMPRESSION_RATIO = 1.2;
    static final double NO_SPEECH_PROB = 0.01;
    static final String TEXT_CONTENT_TYPE = "text/plain; charset=utf-8";

    private OpenAiAssumptions() {
    }

    /** The sandbox's speech for a text: about 60 ms per character at speed 1.0, between 0.5 s and 20 s. */
    static WavSpec speech(String text, double speed) {
        double seconds = characters(text) * SECONDS_PER_CHARACTER / speed;
        double clamped = Math.max(MIN_SPEECH_SECONDS, Math.min(MAX_SPEECH_SECONDS, seconds));
        return new WavSpec(clamped, SPEECH_SAMPLE_RATE, 1, text, text, WavSpec.SPEECH_BASE_FREQUENCY);
    }

    static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static Map<String, String> speechContentTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("mp3", "audio/mpeg");
        types.put("opus", "audio/ogg");
        types.put("aac", "audio/aac");
        types.put("flac", "audio/flac");
        types.put("wav", "audio/wav");
        types.put(PCM, "audio/pcm");
        return Collections.unmodifiableMap(types);
    }
}
