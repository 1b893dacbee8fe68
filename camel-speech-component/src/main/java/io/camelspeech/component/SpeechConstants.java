package io.camelspeech.component;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the {@code speech:} component. Every request option {@code x} has the header
 * {@code CamelSpeechX}, which overrides the endpoint option for one message.
 */
public final class SpeechConstants {

    /** Prefix shared by every header; the option name, capitalised, follows it. */
    public static final String HEADER_PREFIX = "CamelSpeech";

    // --- per-message overrides of request options -------------------------------------------------------------

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this message.",
              javaType = "String")
    public static final String OPERATION = "CamelSpeechOperation";
    @Metadata(label = "producer", description = "Overrides the option model.", javaType = "String")
    public static final String MODEL = "CamelSpeechModel";
    @Metadata(label = "producer", description = "Overrides the option voice.", javaType = "String")
    public static final String VOICE = "CamelSpeechVoice";
    @Metadata(label = "producer", description = "Overrides the option format.", javaType = "String")
    public static final String FORMAT = "CamelSpeechFormat";
    @Metadata(label = "producer", description = "Overrides the option language.", javaType = "String")
    public static final String LANGUAGE = "CamelSpeechLanguage";
    @Metadata(label = "producer", description = "Overrides the option speed.", javaType = "Double")
    public static final String SPEED = "CamelSpeechSpeed";
    @Metadata(label = "producer", description = "Overrides the option text: the text to speak when the body is audio.",
              javaType = "String")
    public static final String TEXT = "CamelSpeechText";
    @Metadata(label = "producer", description = "Overrides the option fileName: the name sent with uploaded audio.",
              javaType = "String")
    public static final String FILE_NAME = "CamelSpeechFileName";
    @Metadata(label = "producer", description = "Overrides the option stream.", javaType = "Boolean")
    public static final String STREAM = "CamelSpeechStream";
    @Metadata(label = "producer",
              description = "Overrides the option referenceAudio: a file path, File, Path, byte array or InputStream.",
              javaType = "Object")
    public static final String REFERENCE_AUDIO = "CamelSpeechReferenceAudio";
    @Metadata(label = "producer", description = "Overrides the option targetVoice.", javaType = "String")
    public static final String TARGET_VOICE = "CamelSpeechTargetVoice";
    @Metadata(label = "producer", description = "Overrides the option targetLanguage.", javaType = "String")
    public static final String TARGET_LANGUAGE = "CamelSpeechTargetLanguage";
    @Metadata(label = "producer", description = "Overrides the option preserveVoice.", javaType = "Boolean")
    public static final String PRESERVE_VOICE = "CamelSpeechPreserveVoice";
    @Metadata(label = "producer", description = "Overrides the option emotion.", javaType = "String")
    public static final String EMOTION = "CamelSpeechEmotion";
    @Metadata(label = "producer", description = "Overrides the option timestamps.", javaType = "Boolean")
    public static final String TIMESTAMPS = "CamelSpeechTimestamps";
    @Metadata(label = "producer", description = "Overrides the option diarize.", javaType = "Boolean")
    public static final String DIARIZE = "CamelSpeechDiarize";
    @Metadata(label = "producer", description = "Overrides the option denoise.", javaType = "Boolean")
    public static final String DENOISE = "CamelSpeechDenoise";
    @Metadata(label = "producer", description = "Overrides the option enhanceClarity.", javaType = "Boolean")
    public static final String ENHANCE_CLARITY = "CamelSpeechEnhanceClarity";
    @Metadata(label = "producer", description = "Overrides the option superResolution.", javaType = "Boolean")
    public static final String SUPER_RESOLUTION = "CamelSpeechSuperResolution";
    @Metadata(label = "producer", description = "Overrides the option strength.", javaType = "Integer")
    public static final String STRENGTH = "CamelSpeechStrength";
    @Metadata(label = "producer", description = "Overrides the option stems.", javaType = "Integer")
    public static final String STEMS = "CamelSpeechStems";
    @Metadata(label = "producer", description = "Overrides the option dereverbType.", javaType = "String")
    public static final String DEREVERB_TYPE = "CamelSpeechDereverbType";
    @Metadata(label = "producer", description = "Overrides the option intensity.", javaType = "Integer")
    public static final String INTENSITY = "CamelSpeechIntensity";
    @Metadata(label = "producer", description = "Overrides the option bitrate.", javaType = "Integer")
    public static final String BITRATE = "CamelSpeechBitrate";
    @Metadata(label = "producer", description = "Overrides the option sampleRate.", javaType = "Integer")
    public static final String SAMPLE_RATE = "CamelSpeechSampleRate";
    @Metadata(label = "producer", description = "Overrides the option channels.", javaType = "String")
    public static final String CHANNELS = "CamelSpeechChannels";
    @Metadata(label = "producer", description = "Overrides the option systemPrompt.", javaType = "String")
    public static final String SYSTEM_PROMPT = "CamelSpeechSystemPrompt";
    @Metadata(label = "producer", description = "Overrides the option instructions.", javaType = "String")
    public static final String INSTRUCTIONS = "CamelSpeechInstructions";
    @Metadata(label = "producer", description = "Overrides the option prompt.", javaType = "String")
    public static final String PROMPT = "CamelSpeechPrompt";
    @Metadata(label = "producer", description = "Overrides the option temperature.", javaType = "Double")
    public static final String TEMPERATURE = "CamelSpeechTemperature";
    @Metadata(label = "producer", description = "Overrides the option timestampGranularities.", javaType = "String")
    public static final String TIMESTAMP_GRANULARITIES = "CamelSpeechTimestampGranularities";
    @Metadata(description = "Overrides the option conversationId; voiceChat sets it on the result so the next"
                            + " message continues the conversation.",
              javaType = "String")
    public static final String CONVERSATION_ID = "CamelSpeechConversationId";
    @Metadata(label = "producer", description = "Overrides the option ttsModel.", javaType = "String")
    public static final String TTS_MODEL = "CamelSpeechTtsModel";
    @Metadata(label = "producer", description = "Overrides the option gender.", javaType = "String")
    public static final String GENDER = "CamelSpeechGender";
    @Deprecated
    @Metadata(label = "producer", description = "Deprecated: use CamelSpeechCallbackUrl.", javaType = "String")
    public static final String WEBHOOK_URL = "CamelSpeechWebhookUrl";

    @Metadata(label = "producer", description = "Overrides the option wait.", javaType = "Boolean")
    public static final String WAIT = "CamelSpeechWait";
    @Metadata(label = "producer", description = "Overrides the option onUnknownSubmission.", javaType = "String")
    public static final String ON_UNKNOWN_SUBMISSION = "CamelSpeechOnUnknownSubmission";
    @Metadata(label = "producer", description = "Overrides the option pollInterval.", javaType = "Long")
    public static final String POLL_INTERVAL = "CamelSpeechPollInterval";
    @Metadata(label = "producer", description = "Overrides the option maxPollInterval.", javaType = "Long")
    public static final String MAX_POLL_INTERVAL = "CamelSpeechMaxPollInterval";
    @Metadata(label = "producer", description = "Overrides the option jobTimeout.", javaType = "Long")
    public static final String JOB_TIMEOUT = "CamelSpeechJobTimeout";
    @Deprecated
    @Metadata(label = "producer", description = "Deprecated: use CamelSpeechVoice.", javaType = "String")
    public static final String PERFORMER_STYLE_ID = "CamelSpeechPerformerStyleId";
    @Metadata(label = "producer", description = "Overrides the option modelChain.", javaType = "String")
    public static final String MODEL_CHAIN = "CamelSpeechModelChain";
    @Metadata(label = "producer", description = "Overrides the option globalPace.", javaType = "Double")
    public static final String GLOBAL_PACE = "CamelSpeechGlobalPace";
    @Metadata(label = "producer", description = "Overrides the option globalPitch.", javaType = "Double")
    public static final String GLOBAL_PITCH = "CamelSpeechGlobalPitch";
    @Metadata(label = "producer", description = "Overrides the option globalVolume.", javaType = "Double")
    public static final String GLOBAL_VOLUME = "CamelSpeechGlobalVolume";
    @Deprecated
    @Metadata(label = "producer", description = "Deprecated: use CamelSpeechLanguage.", javaType = "String")
    public static final String LANGUAGE_CODE = "CamelSpeechLanguageCode";
    @Deprecated
    @Metadata(label = "producer", description = "Deprecated: use CamelSpeechFormat.", javaType = "String")
    public static final String EXTENSIONS = "CamelSpeechExtensions";
    @Metadata(label = "producer", description = "Overrides the option fileIds.", javaType = "String")
    public static final String FILE_IDS = "CamelSpeechFileIds";
    @Metadata(label = "producer", description = "Overrides the option alias.", javaType = "String")
    public static final String ALIAS = "CamelSpeechAlias";
    @Metadata(label = "producer", description = "Overrides the option engine.", javaType = "String")
    public static final String ENGINE = "CamelSpeechEngine";
    @Metadata(label = "producer", description = "Overrides the option tier.", javaType = "String")
    public static final String TIER = "CamelSpeechTier";
    @Metadata(label = "producer", description = "Overrides the option callbackUrl.", javaType = "String")
    public static final String CALLBACK_URL = "CamelSpeechCallbackUrl";
    @Metadata(label = "producer", description = "Overrides the option customId.", javaType = "String")
    public static final String CUSTOM_ID = "CamelSpeechCustomId";
    @Metadata(label = "producer", description = "Overrides the option providerJobTimeout.", javaType = "Long")
    public static final String PROVIDER_JOB_TIMEOUT = "CamelSpeechProviderJobTimeout";
    @Deprecated
    @Metadata(label = "producer", description = "Deprecated: use CamelSpeechProviderJobTimeout (milliseconds); this one"
                                                + " is in seconds.", javaType = "Integer")
    public static final String TIMEOUT = "CamelSpeechTimeout";
    @Deprecated
    @Metadata(label = "producer", description = "Deprecated: use CamelSpeechVoice.", javaType = "String")
    public static final String MODEL_NAME = "CamelSpeechModelName";
    @Metadata(label = "producer", description = "Overrides the option totalEpoch.", javaType = "Integer")
    public static final String TOTAL_EPOCH = "CamelSpeechTotalEpoch";
    @Metadata(label = "producer", description = "Overrides the option contentId.", javaType = "String")
    public static final String CONTENT_ID = "CamelSpeechContentId";
    @Metadata(label = "producer", description = "Overrides the option destination.", javaType = "String")
    public static final String DESTINATION = "CamelSpeechDestination";
    @Metadata(label = "producer", description = "Overrides the option outputPrefix.", javaType = "String")
    public static final String OUTPUT_PREFIX = "CamelSpeechOutputPrefix";
    @Metadata(label = "producer", description = "Overrides the option sourcePath.", javaType = "String")
    public static final String SOURCE_PATH = "CamelSpeechSourcePath";
    @Metadata(label = "producer", description = "Overrides the option fetchAllPages.", javaType = "Boolean")
    public static final String FETCH_ALL_PAGES = "CamelSpeechFetchAllPages";
    @Metadata(label = "producer", description = "Overrides the option limit.", javaType = "Integer")
    public static final String LIMIT = "CamelSpeechLimit";
    @Metadata(label = "producer", description = "Overrides the option offset.", javaType = "Integer")
    public static final String OFFSET = "CamelSpeechOffset";

    @Metadata(label = "producer",
              description = "The idempotency key of this submission: a job created with the same key within"
                            + " idempotencyRetention is reused instead of paying for a new one. Default: a SHA-256 of the"
                            + " provider, operation, options and input content.",
              javaType = "String")
    public static final String IDEMPOTENCY_KEY = "CamelSpeechIdempotencyKey";
    @Metadata(description = "This application's own reference of a job submission (key of the job store).",
              javaType = "String")
    public static final String JOB_REFERENCE = "CamelSpeechJobReference";
    @Metadata(label = "consumer", description = "How the jobs consumer learnt of the completion: callback, poll,"
                            + " recovery (a submission whose answer was lost: UNKNOWN, or FAILED as never received) or"
                            + " timeout (a provider that cannot be asked sent no callback within jobTimeout).",
              javaType = "String")
    public static final String COMPLETED_BY = "CamelSpeechCompletedBy";

    // --- results ----------------------------------------------------------------------------------------------

    @Metadata(label = "producer", description = "The provider that answered, e.g. ttsai.", javaType = "String")
    public static final String PROVIDER = "CamelSpeechProvider";
    @Metadata(label = "producer", description = "The MIME type of an audio result, e.g. audio/mpeg.",
              javaType = "String")
    public static final String CONTENT_TYPE = "CamelSpeechContentType";
    @Metadata(label = "producer", description = "Credits the request used, as the provider reported them.",
              javaType = "Long")
    public static final String CREDITS_USED = "CamelSpeechCreditsUsed";
    @Metadata(label = "producer", description = "Credits left on the account, as the provider reported them.",
              javaType = "Long")
    public static final String CREDITS_REMAINING = "CamelSpeechCreditsRemaining";
    @Metadata(label = "producer", description = "The provider's request limit per window (X-RateLimit-Limit).",
              javaType = "Long")
    public static final String RATE_LIMIT_LIMIT = "CamelSpeechRateLimitLimit";
    @Metadata(label = "producer", description = "Requests left in the current window (X-RateLimit-Remaining).",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING = "CamelSpeechRateLimitRemaining";
    @Metadata(label = "producer", description = "When the rate-limit window resets (X-RateLimit-Reset), as sent.",
              javaType = "String")
    public static final String RATE_LIMIT_RESET = "CamelSpeechRateLimitReset";
    @Metadata(description = "The id of the provider's job or task: set on results (also when waiting failed, so the job"
                            + " is never lost); read by getJob (overrides the option jobId).",
              javaType = "String")
    public static final String JOB_ID = "CamelSpeechJobId";
    @Metadata(label = "producer",
              description = "The job's state, the same for every provider: SUBMITTED, RUNNING, COMPLETED, FAILED, CANCELED.",
              javaType = "String")
    public static final String JOB_STATE = "CamelSpeechJobState";
    @Metadata(label = "producer", description = "The job's state in the provider's own words (e.g. IN_PROGRESS, 2).",
              javaType = "String")
    public static final String JOB_PROVIDER_STATE = "CamelSpeechJobProviderState";
    @Metadata(label = "producer",
              description = "Where a finished job's result is: a URL, a repository object name or a model name.",
              javaType = "String")
    public static final String RESULT_LOCATION = "CamelSpeechResultLocation";
    @Metadata(description = "A URL of audio: on input, where the provider fetches the audio itself (AI/ML API, Tencent;"
                            + " overrides the option audioUrl); on results, where the provider keeps generated audio"
                            + " (speechTranslation, voiceChat).",
              javaType = "String")
    public static final String AUDIO_URL = "CamelSpeechAudioUrl";
    @Metadata(label = "producer",
              description = "AudioStack: files the clone did not use, each with the reason (a list of maps).",
              javaType = "java.util.List")
    public static final String DISCARDED_FILES = "CamelSpeechDiscardedFiles";
    @Metadata(label = "producer",
              description = "The provider's JSON answer exactly as received, beside the typed body.",
              javaType = "String")
    public static final String RAW_RESPONSE = "CamelSpeechRawResponse";
    @Metadata(label = "producer", description = "How many HTTP attempts the request took (1 when no retry).",
              javaType = "Integer")
    public static final String ATTEMPTS = "CamelSpeechAttempts";

    private SpeechConstants() {
    }

    /** The header that overrides the option {@code optionName} for one message. */
    public static String headerFor(String optionName) {
        // asked for several times per message and option: built once per option name
        return HEADER_NAMES.computeIfAbsent(optionName,
                name -> HEADER_PREFIX + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    private static final java.util.Map<String, String> HEADER_NAMES = new java.util.concurrent.ConcurrentHashMap<>();
}
