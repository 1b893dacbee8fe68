package io.camelspeech.component;

import java.util.Set;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of a {@code speech:} endpoint. Every request parameter can be overridden for one message by the header
 * {@code CamelSpeech<Option>} (see {@link SpeechConstants}); the transport options below cannot.
 */
@UriParams
public class SpeechConfiguration implements Cloneable {

    /** Options that shape the connection, not the request: no header overrides them. */
    public static final Set<String> TRANSPORT_OPTIONS = Set.of("apiKey", "baseUrl", "maxRetries", "retryDelay",
            "maxRetryDelay", "plan", "requestsPerMinute", "maxConcurrentRequests", "rateLimiting", "requestTimeout",
            "spoolThreshold", "maxUploadSize", "lazyStartProducer", "callbackBaseUrl", "callbackPath",
            "callbackGracePeriod", "idempotencyRetention", "leaseDuration");

    // --- security and transport -------------------------------------------------------------------------------

    @UriParam(label = "security", secret = true,
              description = "The provider's API key. When absent, the environment variable SPEECH_{PROVIDER}_API_KEY is used"
                            + " (e.g. SPEECH_TTSAI_API_KEY).")
    private String apiKey;
    @UriParam(label = "advanced",
              description = "The provider's base URL; defaults to the documented one (e.g. https://api.tts.ai/v1)."
                            + " Override for a regional host, a proxy or the local sandbox.")
    private String baseUrl;
    @UriParam(label = "advanced", defaultValue = "3",
              description = "How many times a request that failed with 429, 503, another 5xx or a refused connection is"
                            + " sent again. Other 4xx answers are never retried.")
    private int maxRetries = 3;
    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "The first back-off delay in milliseconds between retries; it doubles on each attempt unless"
                            + " the provider says how long to wait (Retry-After, X-RateLimit-Reset).")
    private long retryDelay = 1000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest wait in milliseconds before a retry. When the provider asks for a longer wait,"
                            + " the exception is raised at once (marked retryable) so the route can decide.")
    private long maxRetryDelay = 60000;
    @UriParam(label = "producer,ttsai", defaultValue = "pro", enums = "pro,enterprise",
              description = "TTS.ai: the plan, which sets the text length limit and the client-side rate limits (pro"
                            + " 5,000 characters, 60 requests/min, 5 concurrent; enterprise 50,000, 300/min, 20). Other"
                            + " providers publish one set of limits.")
    private String plan = "pro";
    @UriParam(label = "advanced", defaultValue = "0",
              description = "Client-side limit of requests started per minute for this API key; 0 uses the plan's limit.")
    private int requestsPerMinute;
    @UriParam(label = "advanced", defaultValue = "0",
              description = "Client-side limit of concurrent requests for this API key; 0 uses the plan's limit.")
    private int maxConcurrentRequests;
    @UriParam(label = "advanced", defaultValue = "true",
              description = "Whether requests wait (without holding a thread) for a free slot of the plan's rate limits,"
                            + " so a burst of messages does not turn into a burst of 429 answers.")
    private boolean rateLimiting = true;
    @UriParam(label = "advanced", defaultValue = "300000", javaType = "java.time.Duration",
              description = "How long in milliseconds one HTTP request may take before it fails.")
    private long requestTimeout = 300000;
    @UriParam(label = "advanced", defaultValue = "1048576",
              description = "Audio results and stream inputs up to this many bytes are kept in memory; larger ones are"
                            + " spooled to a temporary file deleted when the exchange completes.")
    private long spoolThreshold = 1024 * 1024;
    @UriParam(label = "advanced", defaultValue = "0",
              description = "The largest audio upload in bytes; 0 (default) applies the provider's documented limit of the"
                            + " operation (TTS.ai speechToText 100 MB, voiceConversion 50 MB...). Raise it only when"
                            + " your contract allows larger files.")
    private long maxUploadSize;

    // --- request parameters shared by providers -------------------------------------------------------------
    // A request option's defaultValue here documents the provider's default; the adapter's Param declaration applies
    // it (fields stay null, so an unset option is told apart from one set to the default).

    @UriParam(label = "producer",
              description = "The provider's model, e.g. kokoro (text-to-speech), whisper (speech-to-text). When absent,"
                            + " the provider's documented default for the operation is used.")
    private String model;
    @UriParam(label = "producer",
              description = "The voice: TTS.ai and OpenAI its id (TTS.ai from listVoices, e.g. af_bella); Replica the"
                            + " performer style (a UUID) to convert into; Tencent the model (cloneVoice: the name of the"
                            + " model to train, letters, digits and _, under 64 characters; clonedSpeech: a trained model,"
                            + " else the provider's model named default). Required for textToSpeech, speechToSpeech and Tencent cloneVoice.")
    private String voice;
    @UriParam(label = "producer",
              description = "The result's format, operation-specific: audio (e.g. mp3, wav, flac, ogg) or, for OpenAI"
                            + " speechToText and speechTranslation, the transcript (json, verbose_json, text, srt, vtt)."
                            + " Replica: the formats to generate, comma separated (default wav); the first is downloaded.")
    private String format;
    @UriParam(label = "producer",
              description = "The language code, e.g. en, es. Auto-detected by the provider when absent (Replica:"
                            + " informational, the source language is kept).")
    private String language;
    @UriParam(label = "producer", description = "Speaking speed multiplier (TTS.ai 0.5 to 2.0, OpenAI 0.25 to 4.0).")
    private Double speed;
    @UriParam(label = "producer",
              description = "The text to speak when the message body carries something else (e.g. clonedSpeech with the"
                            + " reference audio as body).")
    private String text;
    @UriParam(label = "producer",
              description = "The file name sent with uploaded audio when the body has none (file and S3 consumers give"
                            + " one through CamelFileName / CamelAwsS3Key).")
    private String fileName;

    // --- TTS.ai parameters ------------------------------------------------------------------------------------

    @UriParam(label = "producer,ttsai", description = "Ask the provider to stream the generated audio (TTS.ai /tts/ stream).")
    private Boolean stream;
    @UriParam(label = "producer,ttsai",
              description = "clonedSpeech: the reference voice audio (a file path) when the body is the text to speak.")
    private String referenceAudio;
    @UriParam(label = "producer,ttsai", description = "voiceConversion: the target voice id (TTS.ai target_voice).")
    private String targetVoice;
    @UriParam(label = "producer,ttsai", description = "speechTranslation: the target language code, e.g. es, fr, de.")
    private String targetLanguage;
    @UriParam(label = "producer,ttsai", description = "speechTranslation: try to keep the original speaker's voice.")
    private Boolean preserveVoice;
    @UriParam(label = "producer,ttsai", description = "speechToSpeech: the target emotion, e.g. neutral, happy, sad, angry.")
    private String emotion;
    @UriParam(label = "producer,ttsai", description = "speechToText: include word-level timestamps.")
    private Boolean timestamps;
    @UriParam(label = "producer,ttsai", description = "speechToText: label speakers (diarization).")
    private Boolean diarize;
    @UriParam(label = "producer,ttsai", defaultValue = "true", description = "audioEnhance: remove noise (provider default true).")
    private Boolean denoise;
    @UriParam(label = "producer,ttsai", defaultValue = "true", description = "audioEnhance: improve speech clarity (provider default true).")
    private Boolean enhanceClarity;
    @UriParam(label = "producer,ttsai", defaultValue = "false", description = "audioEnhance: upscale audio quality (provider default false).")
    private Boolean superResolution;
    @UriParam(label = "producer,ttsai", defaultValue = "2",
              description = "audioEnhance: strength 1 (light) to 3 (strong); provider default 2.")
    private Integer strength;
    @UriParam(label = "producer,ttsai", description = "audioSeparate: number of stems, 2, 4, 5 or 6; provider default 2.")
    private Integer stems;
    @UriParam(label = "producer,ttsai", enums = "echo,reverb",
              description = "audioDereverb: remove only echo or only reverb; both when absent (TTS.ai type).")
    private String dereverbType;
    @UriParam(label = "producer,ttsai", defaultValue = "3", description = "audioDereverb: intensity 1 to 5; provider default 3.")
    private Integer intensity;
    @UriParam(label = "producer,ttsai", description = "audioConvert: output bitrate in kbps: 64, 128, 192, 256 or 320.")
    private Integer bitrate;
    @UriParam(label = "producer,ttsai", description = "audioConvert: output sample rate: 22050, 44100 or 48000.")
    private Integer sampleRate;
    @UriParam(label = "producer,ttsai", enums = "mono,stereo", description = "audioConvert: output channels, mono or stereo.")
    private String channels;
    @UriParam(label = "producer,ttsai", description = "voiceChat: a custom system prompt for the AI.")
    private String systemPrompt;
    @UriParam(label = "producer,ttsai", description = "voiceChat: continue an existing conversation.")
    private String conversationId;
    @UriParam(label = "producer,ttsai", description = "voiceChat: the TTS model of the answer (provider default kokoro).")
    private String ttsModel;
    @UriParam(label = "producer", enums = "male,female,neutral",
              description = "A voice's gender, male, female or neutral: TTS.ai listVoices filters by it; AudioStack"
                            + " cloneVoice records it for the new voice.")
    private String gender;
    @Deprecated
    @Metadata(deprecationNote = "Use callbackUrl; removed in the next release.")
    @UriParam(label = "producer,ttsai", description = "Deprecated: use callbackUrl.")
    private String webhookUrl; // the deprecated name of callbackUrl: its setter sets that

    @UriParam(label = "common,callback",
              description = "The public base address of this application (e.g. https://speech.example.com) from which"
                            + " providers that call back (Tencent callback, TTS.ai webhook_url) reach it. When set, every"
                            + " job gets a callback URL with a secret per-job token, received by the component through"
                            + " platform-http at callbackPath; without it, jobs are polled.")
    private String callbackBaseUrl;
    @UriParam(label = "common,callback", defaultValue = "/speech/callbacks",
              description = "The platform-http path under which callbacks are received; the provider's name and the"
                            + " job's reference follow it.")
    private String callbackPath = "/speech/callbacks";
    @UriParam(label = "common,callback", defaultValue = "60000", javaType = "java.time.Duration",
              description = "With callbacks on, how long in milliseconds a waiting job relies on its callback before"
                            + " polling as a fallback.")
    private long callbackGracePeriod = 60000;
    @UriParam(label = "producer,job", defaultValue = "86400000", javaType = "java.time.Duration",
              description = "How long in milliseconds after its creation a job is reused for the same input (same"
                            + " provider, operation, options and content, or the same CamelSpeechIdempotencyKey) instead"
                            + " of paying for a new one.")
    private long idempotencyRetention = 86400000;
    @UriParam(label = "common,job", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long in milliseconds one instance owns a job (submits, waits for, polls or emits it)"
                            + " before another instance sharing the store may take it over; renewed every third of it"
                            + " while the instance still works on the job, so only a stopped or dead instance's jobs pass.")
    private long leaseDuration = 60000;

    // --- OpenAI-compatible audio ---------------------------------------------------------------------------

    @UriParam(label = "producer,openai",
              description = "OpenAI textToSpeech: how to speak (tone, accent, pace), at most 4,096 characters; not for the"
                            + " models tts-1 and tts-1-hd.")
    private String instructions;
    @UriParam(label = "producer,openai",
              description = "OpenAI speechToText and speechTranslation: text that guides the model's style or continues a"
                            + " previous segment.")
    private String prompt;
    @UriParam(label = "producer,openai", description = "OpenAI speechToText and speechTranslation: sampling temperature, 0 to 1.")
    private Double temperature;
    @UriParam(label = "producer,openai",
              description = "OpenAI speechToText: segment, word or both (comma-separated) timestamps; with"
                            + " format=verbose_json only.")
    private String timestampGranularities;

    // --- jobs and the job-based providers ------------------------------------------------------------------

    @UriParam(label = "producer,job", defaultValue = "true",
              description = "Job operations: true (default) continues the exchange with the final result once the job is done,"
                            + " holding no thread meanwhile; false continues at once with the submitted job (CamelSpeechJobId,"
                            + " CamelSpeechJobState).")
    private boolean wait = true;
    @UriParam(label = "producer,job", defaultValue = "fail", enums = "fail,resubmit",
              description = "Job operations of providers that offer no way to find a job again (Replica, AI/ML API): what"
                            + " to do with an input whose earlier submission may have reached the provider but whose answer"
                            + " was lost (the application stopped or crashed in between). fail (default): the exchange fails"
                            + " with SpeechJobException UNKNOWN_SUBMISSION and the jobs consumer reports it once with"
                            + " CamelSpeechJobState UNKNOWN; nothing is sent again. resubmit: the input is sent again, which"
                            + " may pay for it twice.")
    private String onUnknownSubmission = "fail";
    @UriParam(label = "common,job", defaultValue = "3000", javaType = "java.time.Duration",
              description = "Job operations: the shortest wait in milliseconds before asking the provider how a job is"
                            + " doing. Each wait is an eighth of the time the job has run so far, at least this and at"
                            + " most maxPollInterval: a finished job is seen at most about an eighth of its duration late"
                            + " (a 30 s job: about 9 status calls, seen at most about 3.75 s late); callbacks cost none.")
    private long pollInterval = 3000;
    @UriParam(label = "common,job", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Job operations: the longest wait in milliseconds between two polls of a job.")
    private long maxPollInterval = 60000;
    @UriParam(label = "common,job", defaultValue = "1800000", javaType = "java.time.Duration",
              description = "Job operations: how long in milliseconds to wait for a job before the exchange fails with"
                            + " SpeechJobException (reason TIMEOUT, the job id in it and in CamelSpeechJobId); 0 waits forever."
                            + " The job itself goes on at the provider.")
    private long jobTimeout = 1800000;
    @UriParam(label = "producer,job",
              description = "getJob: the id of the job to look up (AudioStack: the clone alias); the header CamelSpeechJobId"
                            + " overrides it.")
    private String jobId;
    @UriParam(label = "producer",
              description = "Where the provider can fetch the audio itself (AI/ML API speechToText, Tencent), instead of the"
                            + " body being uploaded; the header CamelSpeechAudioUrl overrides it.")
    private String audioUrl;
    @Deprecated
    @Metadata(deprecationNote = "Use voice; removed in the next release.")
    @UriParam(label = "producer,replica", description = "Deprecated: use voice.")
    private String performerStyleId; // the deprecated name of voice
    @UriParam(label = "producer,replica", defaultValue = "vox_1_0",
              description = "Replica: the model chain.")
    private String modelChain;
    @UriParam(label = "producer,replica",
              description = "Replica: pace of the generated speech, e.g. 1.2.")
    private Double globalPace;
    @UriParam(label = "producer,replica",
              description = "Replica: pitch of the generated speech, e.g. 0.5.")
    private Double globalPitch;
    @UriParam(label = "producer,replica",
              description = "Replica: volume of the generated speech, e.g. 0.5.")
    private Double globalVolume;
    @Deprecated
    @Metadata(deprecationNote = "Use language; removed in the next release.")
    @UriParam(label = "producer,replica", description = "Deprecated: use language.")
    private String languageCode; // the deprecated name of language
    @Deprecated
    @Metadata(deprecationNote = "Use format; removed in the next release.")
    @UriParam(label = "producer,replica", description = "Deprecated: use format.")
    private String extensions; // the deprecated name of format
    @UriParam(label = "producer,audiostack",
              description = "AudioStack cloneVoice: ids of already uploaded files, comma separated; without it the body's audio"
                            + " (a file, a list of files or a folder) is uploaded first.")
    private String fileIds;
    @UriParam(label = "producer,audiostack",
              description = "AudioStack cloneVoice: the globally unique name of the new voice; it is also the job id.")
    private String alias;
    @UriParam(label = "producer,audiostack", defaultValue = "voice_engine_3",
              description = "AudioStack cloneVoice: the voice engine.")
    private String engine;
    @UriParam(label = "producer,audiostack", defaultValue = "instant", enums = "instant,professional",
              description = "AudioStack cloneVoice: which of the engine's documented limits (file count, durations, total"
                            + " size) are checked before any call: instant (seconds to minutes) or professional (working"
                            + " days; signed consent, a process arranged with AudioStack). Never sent: the provider's page"
                            + " has no tier field.")
    private String tier;
    @UriParam(label = "security", secret = true,
              description = "Tencent: the SecretId, sent in the JSON body. When absent, SPEECH_TENCENT_SECRET_ID.")
    private String secretId;
    @UriParam(label = "security", secret = true,
              description = "Tencent: the SecretKey, sent in the JSON body (never logged). When absent,"
                            + " SPEECH_TENCENT_SECRET_KEY.")
    private String secretKey;
    @UriParam(label = "producer",
              description = "The URL the provider calls when the job completes (Tencent CallbackUrl; TTS.ai webhook_url of"
                            + " long tasks, audioSeparate, whose answer is then the accepted task with CamelSpeechJobId"
                            + " instead of the result). Your own receiver: with callbackBaseUrl the component gives"
                            + " each job one of its own.")
    private String callbackUrl;
    @UriParam(label = "producer,tencent",
              description = "Tencent: your own id of the job (under 64 characters, not unique); listJobs looks jobs up by it.")
    private String customId;
    @UriParam(label = "producer,tencent", javaType = "java.time.Duration",
              description = "Tencent: how long the provider itself lets the job run, in milliseconds (sent in seconds,"
                            + " rounded up); the provider's default when absent. jobTimeout is how long the route waits.")
    private Long providerJobTimeout;
    @Deprecated
    @Metadata(deprecationNote = "Use providerJobTimeout (milliseconds); removed in the next release.")
    @UriParam(label = "producer,tencent", description = "Deprecated: use providerJobTimeout (milliseconds); this one is in"
                                                        + " seconds.")
    private Integer timeout; // the deprecated name of providerJobTimeout, in seconds
    @Deprecated
    @Metadata(deprecationNote = "Use voice; removed in the next release.")
    @UriParam(label = "producer,tencent", description = "Deprecated: use voice.")
    private String modelName; // the deprecated name of voice
    @UriParam(label = "producer,tencent",
              description = "Tencent cloneVoice: training epochs, at most 50 (provider default 30).")
    private Integer totalEpoch;
    @UriParam(label = "producer,tencent",
              description = "Tencent: the repository (content id) the output goes to; required for clonedSpeech.")
    private String contentId;
    @UriParam(label = "producer,tencent", defaultValue = "/",
              description = "Tencent: the folder in the repository the output goes to.")
    private String destination;
    @UriParam(label = "producer,tencent",
              description = "Tencent: prefix of the output file names (under 20 characters).")
    private String outputPrefix;
    @UriParam(label = "producer,tencent",
              description = "Tencent: use an object already in the repository (contentId + this path) as input instead of text"
                            + " or a URL.")
    private String sourcePath;
    @UriParam(label = "producer,tencent", defaultValue = "false",
              description = "listModels: fetch every page (limit at a time) and return them all.")
    private boolean fetchAllPages = false;
    @UriParam(label = "producer,tencent", defaultValue = "100",
              description = "listModels: page size, at most 100.")
    private Integer limit;
    @UriParam(label = "producer,tencent", defaultValue = "0",
              description = "listModels: where the page starts.")
    private Integer offset;

    public SpeechConfiguration copy() {
        try {
            return (SpeechConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getApiKey() {
        return apiKey;
    }

    /** The provider's API key (secret). */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public boolean isRateLimiting() {
        return rateLimiting;
    }

    public void setRateLimiting(boolean rateLimiting) {
        this.rateLimiting = rateLimiting;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getSpoolThreshold() {
        return spoolThreshold;
    }

    public void setSpoolThreshold(long spoolThreshold) {
        this.spoolThreshold = spoolThreshold;
    }

    public long getMaxUploadSize() {
        return maxUploadSize;
    }

    public void setMaxUploadSize(long maxUploadSize) {
        this.maxUploadSize = maxUploadSize;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getVoice() {
        return voice;
    }

    public void setVoice(String voice) {
        this.voice = voice;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Double getSpeed() {
        return speed;
    }

    public void setSpeed(Double speed) {
        this.speed = speed;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public Boolean getStream() {
        return stream;
    }

    public void setStream(Boolean stream) {
        this.stream = stream;
    }

    public String getReferenceAudio() {
        return referenceAudio;
    }

    public void setReferenceAudio(String referenceAudio) {
        this.referenceAudio = referenceAudio;
    }

    public String getTargetVoice() {
        return targetVoice;
    }

    public void setTargetVoice(String targetVoice) {
        this.targetVoice = targetVoice;
    }

    public String getTargetLanguage() {
        return targetLanguage;
    }

    public void setTargetLanguage(String targetLanguage) {
        this.targetLanguage = targetLanguage;
    }

    public Boolean getPreserveVoice() {
        return preserveVoice;
    }

    public void setPreserveVoice(Boolean preserveVoice) {
        this.preserveVoice = preserveVoice;
    }

    public String getEmotion() {
        return emotion;
    }

    public void setEmotion(String emotion) {
        this.emotion = emotion;
    }

    public Boolean getTimestamps() {
        return timestamps;
    }

    public void setTimestamps(Boolean timestamps) {
        this.timestamps = timestamps;
    }

    public Boolean getDiarize() {
        return diarize;
    }

    public void setDiarize(Boolean diarize) {
        this.diarize = diarize;
    }

    public Boolean getDenoise() {
        return denoise;
    }

    public void setDenoise(Boolean denoise) {
        this.denoise = denoise;
    }

    public Boolean getEnhanceClarity() {
        return enhanceClarity;
    }

    public void setEnhanceClarity(Boolean enhanceClarity) {
        this.enhanceClarity = enhanceClarity;
    }

    public Boolean getSuperResolution() {
        return superResolution;
    }

    public void setSuperResolution(Boolean superResolution) {
        this.superResolution = superResolution;
    }

    public Integer getStrength() {
        return strength;
    }

    public void setStrength(Integer strength) {
        this.strength = strength;
    }

    public Integer getStems() {
        return stems;
    }

    public void setStems(Integer stems) {
        this.stems = stems;
    }

    public String getDereverbType() {
        return dereverbType;
    }

    public void setDereverbType(String dereverbType) {
        this.dereverbType = dereverbType;
    }

    public Integer getIntensity() {
        return intensity;
    }

    public void setIntensity(Integer intensity) {
        this.intensity = intensity;
    }

    public Integer getBitrate() {
        return bitrate;
    }

    public void setBitrate(Integer bitrate) {
        this.bitrate = bitrate;
    }

    public Integer getSampleRate() {
        return sampleRate;
    }

    public void setSampleRate(Integer sampleRate) {
        this.sampleRate = sampleRate;
    }

    public String getChannels() {
        return channels;
    }

    public void setChannels(String channels) {
        this.channels = channels;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public Double getTemperature() {
        return temperature;
    }

    public void setTemperature(Double temperature) {
        this.temperature = temperature;
    }

    public String getTimestampGranularities() {
        return timestampGranularities;
    }

    public void setTimestampGranularities(String timestampGranularities) {
        this.timestampGranularities = timestampGranularities;
    }

    public String getSystemPrompt() {
        return systemPrompt;
    }

    public void setSystemPrompt(String systemPrompt) {
        this.systemPrompt = systemPrompt;
    }

    public String getConversationId() {
        return conversationId;
    }

    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public String getTtsModel() {
        return ttsModel;
    }

    public void setTtsModel(String ttsModel) {
        this.ttsModel = ttsModel;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    @Deprecated
    public String getWebhookUrl() {
        return callbackUrl;
    }

    /** Deprecated: sets {@code callbackUrl}. */
    @Deprecated
    public void setWebhookUrl(String webhookUrl) {
        this.callbackUrl = webhookUrl;
    }

    public String getOnUnknownSubmission() {
        return onUnknownSubmission;
    }

    public void setOnUnknownSubmission(String onUnknownSubmission) {
        this.onUnknownSubmission = onUnknownSubmission;
    }

    public boolean isWait() {
        return wait;
    }

    public void setWait(boolean wait) {
        this.wait = wait;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public long getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(long maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public long getJobTimeout() {
        return jobTimeout;
    }

    public void setJobTimeout(long jobTimeout) {
        this.jobTimeout = jobTimeout;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public String getAudioUrl() {
        return audioUrl;
    }

    public void setAudioUrl(String audioUrl) {
        this.audioUrl = audioUrl;
    }

    @Deprecated
    public String getPerformerStyleId() {
        return voice;
    }

    /** Deprecated: sets {@code voice}. */
    @Deprecated
    public void setPerformerStyleId(String performerStyleId) {
        this.voice = performerStyleId;
    }

    public String getModelChain() {
        return modelChain;
    }

    public void setModelChain(String modelChain) {
        this.modelChain = modelChain;
    }

    public Double getGlobalPace() {
        return globalPace;
    }

    public void setGlobalPace(Double globalPace) {
        this.globalPace = globalPace;
    }

    public Double getGlobalPitch() {
        return globalPitch;
    }

    public void setGlobalPitch(Double globalPitch) {
        this.globalPitch = globalPitch;
    }

    public Double getGlobalVolume() {
        return globalVolume;
    }

    public void setGlobalVolume(Double globalVolume) {
        this.globalVolume = globalVolume;
    }

    @Deprecated
    public String getLanguageCode() {
        return language;
    }

    /** Deprecated: sets {@code language}. */
    @Deprecated
    public void setLanguageCode(String languageCode) {
        this.language = languageCode;
    }

    @Deprecated
    public String getExtensions() {
        return format;
    }

    /** Deprecated: sets {@code format}. */
    @Deprecated
    public void setExtensions(String extensions) {
        this.format = extensions;
    }

    public String getFileIds() {
        return fileIds;
    }

    public void setFileIds(String fileIds) {
        this.fileIds = fileIds;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public String getEngine() {
        return engine;
    }

    public void setEngine(String engine) {
        this.engine = engine;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getSecretId() {
        return secretId;
    }

    public void setSecretId(String secretId) {
        this.secretId = secretId;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public String getCustomId() {
        return customId;
    }

    public void setCustomId(String customId) {
        this.customId = customId;
    }

    public Long getProviderJobTimeout() {
        return providerJobTimeout;
    }

    public void setProviderJobTimeout(Long providerJobTimeout) {
        this.providerJobTimeout = providerJobTimeout;
    }

    @Deprecated
    public Integer getTimeout() {
        return providerJobTimeout == null ? null : (int) Math.ceil(providerJobTimeout / 1000.0);
    }

    /** Deprecated: sets {@code providerJobTimeout}. */
    @Deprecated
    public void setTimeout(Integer timeout) {
        this.providerJobTimeout = timeout == null ? null : timeout * 1000L;
    }

    @Deprecated
    public String getModelName() {
        return voice;
    }

    /** Deprecated: sets {@code voice}. */
    @Deprecated
    public void setModelName(String modelName) {
        this.voice = modelName;
    }

    public Integer getTotalEpoch() {
        return totalEpoch;
    }

    public void setTotalEpoch(Integer totalEpoch) {
        this.totalEpoch = totalEpoch;
    }

    public String getContentId() {
        return contentId;
    }

    public void setContentId(String contentId) {
        this.contentId = contentId;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getOutputPrefix() {
        return outputPrefix;
    }

    public void setOutputPrefix(String outputPrefix) {
        this.outputPrefix = outputPrefix;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public void setSourcePath(String sourcePath) {
        this.sourcePath = sourcePath;
    }

    public boolean isFetchAllPages() {
        return fetchAllPages;
    }

    public void setFetchAllPages(boolean fetchAllPages) {
        this.fetchAllPages = fetchAllPages;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public Integer getOffset() {
        return offset;
    }

    public void setOffset(Integer offset) {
        this.offset = offset;
    }

    public String getCallbackBaseUrl() {
        return callbackBaseUrl;
    }

    public void setCallbackBaseUrl(String callbackBaseUrl) {
        this.callbackBaseUrl = callbackBaseUrl;
    }

    public String getCallbackPath() {
        return callbackPath;
    }

    public void setCallbackPath(String callbackPath) {
        this.callbackPath = callbackPath;
    }

    public long getCallbackGracePeriod() {
        return callbackGracePeriod;
    }

    public void setCallbackGracePeriod(long callbackGracePeriod) {
        this.callbackGracePeriod = callbackGracePeriod;
    }

    public long getIdempotencyRetention() {
        return idempotencyRetention;
    }

    public void setIdempotencyRetention(long idempotencyRetention) {
        this.idempotencyRetention = idempotencyRetention;
    }

    public long getLeaseDuration() {
        return leaseDuration;
    }

    public void setLeaseDuration(long leaseDuration) {
        this.leaseDuration = leaseDuration;
    }
}
