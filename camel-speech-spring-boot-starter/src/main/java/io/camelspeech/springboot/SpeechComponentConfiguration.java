package io.camelspeech.springboot;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.camelspeech.component.SpeechConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;
import org.springframework.boot.convert.DurationUnit;

/**
 * Turn text into speech, speech into text, and voices into other voices through speech service providers, with
 * retries, rate limits, streaming and long-running jobs handled by the component. The jobs operation consumes
 * job completions, by verified callback or by polling. The speech component's options under
 * camel.component.speech, one field per option of the component's catalog (speech.json), in its order and with
 * its descriptions, the way camel-package-maven-plugin writes a component starter's configuration. Endpoint
 * options are set on the component's configuration, the defaults of every speech endpoint. Differences from a
 * generated starter: durations are java.time.Duration (a plain number is milliseconds); options the component
 * leaves unset (a provider default applies) have no initializer here, so only what the application sets reaches
 * the component; job-store is a String (file, jdbc, memory or #bean:name), see
 * SpeechComponentAutoConfiguration.
 */
@ConfigurationProperties(prefix = "camel.component.speech")
public class SpeechComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the speech component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * Default options for every speech endpoint of this component. The option is a
     * io.camelspeech.component.SpeechConfiguration type (#bean:name refers to a bean).
     */
    private SpeechConfiguration configuration;
    /**
     * The folder of the default file job store (one JSON file per job, written atomically).
     */
    private String jobStoreDirectory = "speech-jobs";
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
     * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now
     * be processed as a message and handled by the routing Error Handler. Important: This is only possible if
     * the 3rd party component allows Camel to be alerted if an exception was thrown. Some components handle
     * this internally only, and therefore bridgeErrorHandler is not possible. In other situations we may
     * improve the Camel component to hook into the 3rd party component and make this possible for future
     * releases. By default the consumer will use the org.apache.camel.spi.ExceptionHandler to deal with
     * exceptions, that will be logged at WARN or ERROR level and ignored.
     */
    private Boolean bridgeErrorHandler = false;
    /**
     * Where the provider can fetch the audio itself (AI/ML API speechToText, Tencent), instead of the body
     * being uploaded; the header CamelSpeechAudioUrl overrides it.
     */
    private String audioUrl;
    /**
     * The URL the provider calls when the job completes (Tencent CallbackUrl; TTS.ai webhook_url of long tasks,
     * audioSeparate, whose answer is then the accepted task with CamelSpeechJobId instead of the result). Your
     * own receiver: with callbackBaseUrl the component gives each job one of its own.
     */
    private String callbackUrl;
    /**
     * The file name sent with uploaded audio when the body has none (file and S3 consumers give one through
     * CamelFileName / CamelAwsS3Key).
     */
    private String fileName;
    /**
     * The result's format, operation-specific: audio (e.g. mp3, wav, flac, ogg) or, for OpenAI speechToText and
     * speechTranslation, the transcript (json, verbose_json, text, srt, vtt). Replica: the formats to generate,
     * comma separated (default wav); the first is downloaded.
     */
    private String format;
    /**
     * A voice's gender, male, female or neutral: TTS.ai listVoices filters by it; AudioStack cloneVoice records
     * it for the new voice.
     */
    private String gender;
    /**
     * The language code, e.g. en, es. Auto-detected by the provider when absent (Replica: informational, the
     * source language is kept).
     */
    private String language;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during
     * starting and cause the route to fail being started. By deferring this startup to be lazy then the startup
     * failure can be handled during routing messages via Camel's routing error handlers. Beware that when the
     * first message is processed then creating and starting the producer may take a little time and prolong the
     * total processing time of the processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * The provider's model, e.g. kokoro (text-to-speech), whisper (speech-to-text). When absent, the provider's
     * documented default for the operation is used.
     */
    private String model;
    /**
     * Speaking speed multiplier (TTS.ai 0.5 to 2.0, OpenAI 0.25 to 4.0).
     */
    private Double speed;
    /**
     * The text to speak when the message body carries something else (e.g. clonedSpeech with the reference
     * audio as body).
     */
    private String text;
    /**
     * The voice: TTS.ai and OpenAI its id (TTS.ai from listVoices, e.g. af_bella); Replica the performer style
     * (a UUID) to convert into; Tencent the model (cloneVoice: the name of the model to train, letters, digits
     * and _, under 64 characters; clonedSpeech: a trained model, else the provider's model named default).
     * Required for textToSpeech, speechToSpeech and Tencent cloneVoice.
     */
    private String voice;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked
     * as autowired) by looking up in the registry to find if there is a single instance of matching type, which
     * then gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * The provider's base URL; defaults to the documented one (e.g. https://api.tts.ai/v1). Override for a
     * regional host, a proxy or the local sandbox.
     */
    private String baseUrl;
    /**
     * The largest callback body accepted, in bytes; larger ones are answered 413.
     */
    private Long callbackMaxBodySize = 1048576L;
    /**
     * How long in milliseconds connecting to a provider may take (the component's own client). A number is read
     * as milliseconds; 30s, 5m and the like are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration connectTimeout = Duration.ofSeconds(10);
    /**
     * A java.net.http.HttpClient to use instead of the component's own (proxy, TLS settings). A client given
     * here is not closed by the component. The option is a java.net.http.HttpClient type (#bean:name refers to
     * a bean).
     */
    private HttpClient httpClient;
    /**
     * Threads of the component's own HTTP client: they only move bytes and run completions, never wait for a
     * provider, so a few serve any number of requests in flight.
     */
    private Integer ioThreads = 4;
    /**
     * Which job store the component records jobs in: file (default: the component's own file store in
     * job-store-directory, unless a single JobStore bean is in the application context, which the component
     * then autowires), jdbc (a JdbcJobStore on the application's DataSource, in the table job-store-table,
     * created if missing: share jobs between several instances), memory (an InMemoryJobStore: jobs are lost on
     * restart), or #bean:name for a JobStore bean of that name. Every submitted job is recorded there before
     * the route continues, so a restart resumes it and the same input is not paid for twice.
     */
    private String jobStore = "file";
    /**
     * The table of the jdbc job store (camel.component.speech.job-store=jdbc): a plain identifier; created with
     * its indexes when missing.
     */
    private String jobStoreTable = "speech_jobs"; // JdbcJobStore.DEFAULT_TABLE, written out for the metadata
    /**
     * Client-side limit of concurrent requests for this API key; 0 uses the plan's limit.
     */
    private Integer maxConcurrentRequests = 0;
    /**
     * How many times a request that failed with 429, 503, another 5xx or a refused connection is sent again.
     * Other 4xx answers are never retried.
     */
    private Integer maxRetries = 3;
    /**
     * The longest wait in milliseconds before a retry. When the provider asks for a longer wait, the exception
     * is raised at once (marked retryable) so the route can decide. A number is read as milliseconds; 30s, 5m
     * and the like are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration maxRetryDelay = Duration.ofMinutes(1);
    /**
     * The largest audio upload in bytes; 0 (default) applies the provider's documented limit of the operation
     * (TTS.ai speechToText 100 MB, voiceConversion 50 MB...). Raise it only when your contract allows larger
     * files.
     */
    private Long maxUploadSize = 0L;
    /**
     * Whether requests wait (without holding a thread) for a free slot of the plan's rate limits, so a burst of
     * messages does not turn into a burst of 429 answers.
     */
    private Boolean rateLimiting = true;
    /**
     * Client-side limit of requests started per minute for this API key; 0 uses the plan's limit.
     */
    private Integer requestsPerMinute = 0;
    /**
     * How long in milliseconds one HTTP request may take before it fails. A number is read as milliseconds;
     * 30s, 5m and the like are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration requestTimeout = Duration.ofMinutes(5);
    /**
     * The first back-off delay in milliseconds between retries; it doubles on each attempt unless the provider
     * says how long to wait (Retry-After, X-RateLimit-Reset). A number is read as milliseconds; 30s, 5m and the
     * like are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration retryDelay = Duration.ofSeconds(1);
    /**
     * Audio results and stream inputs up to this many bytes are kept in memory; larger ones are spooled to a
     * temporary file deleted when the exchange completes.
     */
    private Long spoolThreshold = 1048576L;
    /**
     * AudioStack cloneVoice: the globally unique name of the new voice; it is also the job id.
     */
    private String alias;
    /**
     * AudioStack cloneVoice: the voice engine.
     */
    private String engine;
    /**
     * AudioStack cloneVoice: ids of already uploaded files, comma separated; without it the body's audio (a
     * file, a list of files or a folder) is uploaded first.
     */
    private String fileIds;
    /**
     * AudioStack cloneVoice: which of the engine's documented limits (file count, durations, total size) are
     * checked before any call: instant (seconds to minutes) or professional (working days; signed consent, a
     * process arranged with AudioStack). Never sent: the provider's page has no tier field.
     */
    private String tier;
    /**
     * The public base address of this application (e.g. https://speech.example.com) from which providers that
     * call back (Tencent callback, TTS.ai webhook_url) reach it. When set, every job gets a callback URL with a
     * secret per-job token, received by the component through platform-http at callbackPath; without it, jobs
     * are polled.
     */
    private String callbackBaseUrl;
    /**
     * With callbacks on, how long in milliseconds a waiting job relies on its callback before polling as a
     * fallback. A number is read as milliseconds; 30s, 5m and the like are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration callbackGracePeriod = Duration.ofMinutes(1);
    /**
     * The platform-http path under which callbacks are received; the provider's name and the job's reference
     * follow it.
     */
    private String callbackPath = "/speech/callbacks";
    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * How often, at most, the health checks ask a provider account (provider, base URL and credentials) whether
     * it accepts the credentials, with its cheapest free request; checks in between report the last answer.
     * These requests count against the plan's rate limit. A number is read as milliseconds; 30s, 5m and the
     * like are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration healthCheckProbeInterval = Duration.ofMinutes(1);
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;
    /**
     * How long in milliseconds after its creation a job is reused for the same input (same provider, operation,
     * options and content, or the same CamelSpeechIdempotencyKey) instead of paying for a new one. A number is
     * read as milliseconds; 30s, 5m and the like are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration idempotencyRetention = Duration.ofDays(1);
    /**
     * getJob: the id of the job to look up (AudioStack: the clone alias); the header CamelSpeechJobId overrides
     * it.
     */
    private String jobId;
    /**
     * Job operations: how long in milliseconds to wait for a job before the exchange fails with
     * SpeechJobException (reason TIMEOUT, the job id in it and in CamelSpeechJobId); 0 waits forever. The job
     * itself goes on at the provider. A number is read as milliseconds; 30s, 5m and the like are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration jobTimeout = Duration.ofMinutes(30);
    /**
     * How long in milliseconds one instance owns a job (submits, waits for, polls or emits it) before another
     * instance sharing the store may take it over; renewed every third of it while the instance still works on
     * the job, so only a stopped or dead instance's jobs pass. A number is read as milliseconds; 30s, 5m and
     * the like are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration leaseDuration = Duration.ofMinutes(1);
    /**
     * Job operations: the longest wait in milliseconds between two polls of a job. A number is read as
     * milliseconds; 30s, 5m and the like are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration maxPollInterval = Duration.ofMinutes(1);
    /**
     * Job operations of providers that offer no way to find a job again (Replica, AI/ML API): what to do with
     * an input whose earlier submission may have reached the provider but whose answer was lost (the
     * application stopped or crashed in between). fail (default): the exchange fails with SpeechJobException
     * UNKNOWN_SUBMISSION and the jobs consumer reports it once with CamelSpeechJobState UNKNOWN; nothing is
     * sent again. resubmit: the input is sent again, which may pay for it twice.
     */
    private String onUnknownSubmission = "fail";
    /**
     * Job operations: the shortest wait in milliseconds before asking the provider how a job is doing. Each
     * wait is an eighth of the time the job has run so far, at least this and at most maxPollInterval: a
     * finished job is seen at most about an eighth of its duration late (a 30 s job: about 9 status calls, seen
     * at most about 3.75 s late); callbacks cost none. A number is read as milliseconds; 30s, 5m and the like
     * are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration pollInterval = Duration.ofSeconds(3);
    /**
     * Job operations: true (default) continues the exchange with the final result once the job is done, holding
     * no thread meanwhile; false continues at once with the submitted job (CamelSpeechJobId,
     * CamelSpeechJobState).
     */
    private Boolean wait = true;
    /**
     * OpenAI textToSpeech: how to speak (tone, accent, pace), at most 4,096 characters; not for the models
     * tts-1 and tts-1-hd.
     */
    private String instructions;
    /**
     * OpenAI speechToText and speechTranslation: text that guides the model's style or continues a previous
     * segment.
     */
    private String prompt;
    /**
     * OpenAI speechToText and speechTranslation: sampling temperature, 0 to 1.
     */
    private Double temperature;
    /**
     * OpenAI speechToText: segment, word or both (comma-separated) timestamps; with format=verbose_json only.
     */
    private String timestampGranularities;
    /**
     * Deprecated: use format. Deprecation note: Use format; removed in the next release.
     */
    @Deprecated
    private String extensions;
    /**
     * Replica: pace of the generated speech, e.g. 1.2.
     */
    private Double globalPace;
    /**
     * Replica: pitch of the generated speech, e.g. 0.5.
     */
    private Double globalPitch;
    /**
     * Replica: volume of the generated speech, e.g. 0.5.
     */
    private Double globalVolume;
    /**
     * Deprecated: use language. Deprecation note: Use language; removed in the next release.
     */
    @Deprecated
    private String languageCode;
    /**
     * Replica: the model chain.
     */
    private String modelChain;
    /**
     * Deprecated: use voice. Deprecation note: Use voice; removed in the next release.
     */
    @Deprecated
    private String performerStyleId;
    /**
     * The provider's API key. When absent, the environment variable SPEECH_{PROVIDER}_API_KEY is used (e.g.
     * SPEECH_TTSAI_API_KEY).
     */
    private String apiKey;
    /**
     * Credentials per provider, so that no key needs to be in an endpoint URI (Camel prints resolved URIs in
     * its logs): keys are provider.option, e.g. ttsai.apiKey or tencent.secretKey (in Camel Main the key goes
     * in square brackets after credentials). Give the values as placeholders such as {{env:TTSAI_KEY}}: Camel
     * masks secrets by property name and cannot tell these are secrets. An endpoint's own option wins; the
     * environment variable SPEECH_{PROVIDER}_{OPTION} is the last fallback. In Spring Boot:
     * camel.component.speech.credentials[ttsai.apiKey]=${TTSAI_KEY} (in YAML the key quoted, "[ttsai.apiKey]",
     * so that its dot and case are kept). /actuator/configprops and /actuator/env mask these values, and
     * api-key, secret-id and secret-key, even with show-values set.
     */
    private Map<String, String> credentials;
    /**
     * Tencent: the SecretId, sent in the JSON body. When absent, SPEECH_TENCENT_SECRET_ID.
     */
    private String secretId;
    /**
     * Tencent: the SecretKey, sent in the JSON body (never logged). When absent, SPEECH_TENCENT_SECRET_KEY.
     */
    private String secretKey;
    /**
     * Tencent: the repository (content id) the output goes to; required for clonedSpeech.
     */
    private String contentId;
    /**
     * Tencent: your own id of the job (under 64 characters, not unique); listJobs looks jobs up by it.
     */
    private String customId;
    /**
     * Tencent: the folder in the repository the output goes to.
     */
    private String destination;
    /**
     * listModels: fetch every page (limit at a time) and return them all.
     */
    private Boolean fetchAllPages = false;
    /**
     * listModels: page size, at most 100.
     */
    private Integer limit;
    /**
     * Deprecated: use voice. Deprecation note: Use voice; removed in the next release.
     */
    @Deprecated
    private String modelName;
    /**
     * listModels: where the page starts.
     */
    private Integer offset;
    /**
     * Tencent: prefix of the output file names (under 20 characters).
     */
    private String outputPrefix;
    /**
     * Tencent: how long the provider itself lets the job run, in milliseconds (sent in seconds, rounded up);
     * the provider's default when absent. jobTimeout is how long the route waits. A number is read as
     * milliseconds; 30s, 5m and the like are accepted too.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration providerJobTimeout;
    /**
     * Tencent: use an object already in the repository (contentId this path) as input instead of text or a URL.
     */
    private String sourcePath;
    /**
     * Deprecated: use providerJobTimeout (milliseconds); this one is in seconds. Deprecation note: Use
     * providerJobTimeout (milliseconds); removed in the next release.
     */
    @Deprecated
    private Integer timeout;
    /**
     * Tencent cloneVoice: training epochs, at most 50 (provider default 30).
     */
    private Integer totalEpoch;
    /**
     * audioConvert: output bitrate in kbps: 64, 128, 192, 256 or 320.
     */
    private Integer bitrate;
    /**
     * audioConvert: output channels, mono or stereo.
     */
    private String channels;
    /**
     * voiceChat: continue an existing conversation.
     */
    private String conversationId;
    /**
     * audioEnhance: remove noise (provider default true).
     */
    private Boolean denoise;
    /**
     * audioDereverb: remove only echo or only reverb; both when absent (TTS.ai type).
     */
    private String dereverbType;
    /**
     * speechToText: label speakers (diarization).
     */
    private Boolean diarize;
    /**
     * speechToSpeech: the target emotion, e.g. neutral, happy, sad, angry.
     */
    private String emotion;
    /**
     * audioEnhance: improve speech clarity (provider default true).
     */
    private Boolean enhanceClarity;
    /**
     * audioDereverb: intensity 1 to 5; provider default 3.
     */
    private Integer intensity;
    /**
     * TTS.ai: the plan, which sets the text length limit and the client-side rate limits (pro 5,000 characters,
     * 60 requests/min, 5 concurrent; enterprise 50,000, 300/min, 20). Other providers publish one set of
     * limits.
     */
    private String plan = "pro";
    /**
     * speechTranslation: try to keep the original speaker's voice.
     */
    private Boolean preserveVoice;
    /**
     * clonedSpeech: the reference voice audio (a file path) when the body is the text to speak.
     */
    private String referenceAudio;
    /**
     * audioConvert: output sample rate: 22050, 44100 or 48000.
     */
    private Integer sampleRate;
    /**
     * audioSeparate: number of stems, 2, 4, 5 or 6; provider default 2.
     */
    private Integer stems;
    /**
     * Ask the provider to stream the generated audio (TTS.ai /tts/ stream).
     */
    private Boolean stream;
    /**
     * audioEnhance: strength 1 (light) to 3 (strong); provider default 2.
     */
    private Integer strength;
    /**
     * audioEnhance: upscale audio quality (provider default false).
     */
    private Boolean superResolution;
    /**
     * voiceChat: a custom system prompt for the AI.
     */
    private String systemPrompt;
    /**
     * speechTranslation: the target language code, e.g. es, fr, de.
     */
    private String targetLanguage;
    /**
     * voiceConversion: the target voice id (TTS.ai target_voice).
     */
    private String targetVoice;
    /**
     * speechToText: include word-level timestamps.
     */
    private Boolean timestamps;
    /**
     * voiceChat: the TTS model of the answer (provider default kokoro).
     */
    private String ttsModel;
    /**
     * Deprecated: use callbackUrl. Deprecation note: Use callbackUrl; removed in the next release.
     */
    @Deprecated
    private String webhookUrl;

    public SpeechConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SpeechConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getJobStoreDirectory() {
        return jobStoreDirectory;
    }

    public void setJobStoreDirectory(String jobStoreDirectory) {
        this.jobStoreDirectory = jobStoreDirectory;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public String getAudioUrl() {
        return audioUrl;
    }

    public void setAudioUrl(String audioUrl) {
        this.audioUrl = audioUrl;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
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

    public String getVoice() {
        return voice;
    }

    public void setVoice(String voice) {
        this.voice = voice;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Long getCallbackMaxBodySize() {
        return callbackMaxBodySize;
    }

    public void setCallbackMaxBodySize(Long callbackMaxBodySize) {
        this.callbackMaxBodySize = callbackMaxBodySize;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public HttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public Integer getIoThreads() {
        return ioThreads;
    }

    public void setIoThreads(Integer ioThreads) {
        this.ioThreads = ioThreads;
    }

    public String getJobStore() {
        return jobStore;
    }

    public void setJobStore(String jobStore) {
        this.jobStore = jobStore;
    }

    public String getJobStoreTable() {
        return jobStoreTable;
    }

    public void setJobStoreTable(String jobStoreTable) {
        this.jobStoreTable = jobStoreTable;
    }

    public Integer getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(Integer maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public Long getMaxUploadSize() {
        return maxUploadSize;
    }

    public void setMaxUploadSize(Long maxUploadSize) {
        this.maxUploadSize = maxUploadSize;
    }

    public Boolean getRateLimiting() {
        return rateLimiting;
    }

    public void setRateLimiting(Boolean rateLimiting) {
        this.rateLimiting = rateLimiting;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Duration getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    public Long getSpoolThreshold() {
        return spoolThreshold;
    }

    public void setSpoolThreshold(Long spoolThreshold) {
        this.spoolThreshold = spoolThreshold;
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

    public String getFileIds() {
        return fileIds;
    }

    public void setFileIds(String fileIds) {
        this.fileIds = fileIds;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getCallbackBaseUrl() {
        return callbackBaseUrl;
    }

    public void setCallbackBaseUrl(String callbackBaseUrl) {
        this.callbackBaseUrl = callbackBaseUrl;
    }

    public Duration getCallbackGracePeriod() {
        return callbackGracePeriod;
    }

    public void setCallbackGracePeriod(Duration callbackGracePeriod) {
        this.callbackGracePeriod = callbackGracePeriod;
    }

    public String getCallbackPath() {
        return callbackPath;
    }

    public void setCallbackPath(String callbackPath) {
        this.callbackPath = callbackPath;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Duration getHealthCheckProbeInterval() {
        return healthCheckProbeInterval;
    }

    public void setHealthCheckProbeInterval(Duration healthCheckProbeInterval) {
        this.healthCheckProbeInterval = healthCheckProbeInterval;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public Duration getIdempotencyRetention() {
        return idempotencyRetention;
    }

    public void setIdempotencyRetention(Duration idempotencyRetention) {
        this.idempotencyRetention = idempotencyRetention;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public Duration getJobTimeout() {
        return jobTimeout;
    }

    public void setJobTimeout(Duration jobTimeout) {
        this.jobTimeout = jobTimeout;
    }

    public Duration getLeaseDuration() {
        return leaseDuration;
    }

    public void setLeaseDuration(Duration leaseDuration) {
        this.leaseDuration = leaseDuration;
    }

    public Duration getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(Duration maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public String getOnUnknownSubmission() {
        return onUnknownSubmission;
    }

    public void setOnUnknownSubmission(String onUnknownSubmission) {
        this.onUnknownSubmission = onUnknownSubmission;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Boolean getWait() {
        return wait;
    }

    public void setWait(Boolean wait) {
        this.wait = wait;
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

    @Deprecated
    @DeprecatedConfigurationProperty(replacement = "camel.component.speech.format", reason = "Use format; removed in the next release.")
    public String getExtensions() {
        return extensions;
    }

    @Deprecated
    public void setExtensions(String extensions) {
        this.extensions = extensions;
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
    @DeprecatedConfigurationProperty(replacement = "camel.component.speech.language", reason = "Use language; removed in the next release.")
    public String getLanguageCode() {
        return languageCode;
    }

    @Deprecated
    public void setLanguageCode(String languageCode) {
        this.languageCode = languageCode;
    }

    public String getModelChain() {
        return modelChain;
    }

    public void setModelChain(String modelChain) {
        this.modelChain = modelChain;
    }

    @Deprecated
    @DeprecatedConfigurationProperty(replacement = "camel.component.speech.voice", reason = "Use voice; removed in the next release.")
    public String getPerformerStyleId() {
        return performerStyleId;
    }

    @Deprecated
    public void setPerformerStyleId(String performerStyleId) {
        this.performerStyleId = performerStyleId;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public Map<String, String> getCredentials() {
        return credentials;
    }

    public void setCredentials(Map<String, String> credentials) {
        this.credentials = credentials;
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

    public String getContentId() {
        return contentId;
    }

    public void setContentId(String contentId) {
        this.contentId = contentId;
    }

    public String getCustomId() {
        return customId;
    }

    public void setCustomId(String customId) {
        this.customId = customId;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public Boolean getFetchAllPages() {
        return fetchAllPages;
    }

    public void setFetchAllPages(Boolean fetchAllPages) {
        this.fetchAllPages = fetchAllPages;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    @Deprecated
    @DeprecatedConfigurationProperty(replacement = "camel.component.speech.voice", reason = "Use voice; removed in the next release.")
    public String getModelName() {
        return modelName;
    }

    @Deprecated
    public void setModelName(String modelName) {
        this.modelName = modelName;
    }

    public Integer getOffset() {
        return offset;
    }

    public void setOffset(Integer offset) {
        this.offset = offset;
    }

    public String getOutputPrefix() {
        return outputPrefix;
    }

    public void setOutputPrefix(String outputPrefix) {
        this.outputPrefix = outputPrefix;
    }

    public Duration getProviderJobTimeout() {
        return providerJobTimeout;
    }

    public void setProviderJobTimeout(Duration providerJobTimeout) {
        this.providerJobTimeout = providerJobTimeout;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public void setSourcePath(String sourcePath) {
        this.sourcePath = sourcePath;
    }

    @Deprecated
    @DeprecatedConfigurationProperty(replacement = "camel.component.speech.provider-job-timeout", reason = "Use providerJobTimeout (milliseconds); removed in the next release.")
    public Integer getTimeout() {
        return timeout;
    }

    @Deprecated
    public void setTimeout(Integer timeout) {
        this.timeout = timeout;
    }

    public Integer getTotalEpoch() {
        return totalEpoch;
    }

    public void setTotalEpoch(Integer totalEpoch) {
        this.totalEpoch = totalEpoch;
    }

    public Integer getBitrate() {
        return bitrate;
    }

    public void setBitrate(Integer bitrate) {
        this.bitrate = bitrate;
    }

    public String getChannels() {
        return channels;
    }

    public void setChannels(String channels) {
        this.channels = channels;
    }

    public String getConversationId() {
        return conversationId;
    }

    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public Boolean getDenoise() {
        return denoise;
    }

    public void setDenoise(Boolean denoise) {
        this.denoise = denoise;
    }

    public String getDereverbType() {
        return dereverbType;
    }

    public void setDereverbType(String dereverbType) {
        this.dereverbType = dereverbType;
    }

    public Boolean getDiarize() {
        return diarize;
    }

    public void setDiarize(Boolean diarize) {
        this.diarize = diarize;
    }

    public String getEmotion() {
        return emotion;
    }

    public void setEmotion(String emotion) {
        this.emotion = emotion;
    }

    public Boolean getEnhanceClarity() {
        return enhanceClarity;
    }

    public void setEnhanceClarity(Boolean enhanceClarity) {
        this.enhanceClarity = enhanceClarity;
    }

    public Integer getIntensity() {
        return intensity;
    }

    public void setIntensity(Integer intensity) {
        this.intensity = intensity;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public Boolean getPreserveVoice() {
        return preserveVoice;
    }

    public void setPreserveVoice(Boolean preserveVoice) {
        this.preserveVoice = preserveVoice;
    }

    public String getReferenceAudio() {
        return referenceAudio;
    }

    public void setReferenceAudio(String referenceAudio) {
        this.referenceAudio = referenceAudio;
    }

    public Integer getSampleRate() {
        return sampleRate;
    }

    public void setSampleRate(Integer sampleRate) {
        this.sampleRate = sampleRate;
    }

    public Integer getStems() {
        return stems;
    }

    public void setStems(Integer stems) {
        this.stems = stems;
    }

    public Boolean getStream() {
        return stream;
    }

    public void setStream(Boolean stream) {
        this.stream = stream;
    }

    public Integer getStrength() {
        return strength;
    }

    public void setStrength(Integer strength) {
        this.strength = strength;
    }

    public Boolean getSuperResolution() {
        return superResolution;
    }

    public void setSuperResolution(Boolean superResolution) {
        this.superResolution = superResolution;
    }

    public String getSystemPrompt() {
        return systemPrompt;
    }

    public void setSystemPrompt(String systemPrompt) {
        this.systemPrompt = systemPrompt;
    }

    public String getTargetLanguage() {
        return targetLanguage;
    }

    public void setTargetLanguage(String targetLanguage) {
        this.targetLanguage = targetLanguage;
    }

    public String getTargetVoice() {
        return targetVoice;
    }

    public void setTargetVoice(String targetVoice) {
        this.targetVoice = targetVoice;
    }

    public Boolean getTimestamps() {
        return timestamps;
    }

    public void setTimestamps(Boolean timestamps) {
        this.timestamps = timestamps;
    }

    public String getTtsModel() {
        return ttsModel;
    }

    public void setTtsModel(String ttsModel) {
        this.ttsModel = ttsModel;
    }

    @Deprecated
    @DeprecatedConfigurationProperty(replacement = "camel.component.speech.callback-url", reason = "Use callbackUrl; removed in the next release.")
    public String getWebhookUrl() {
        return webhookUrl;
    }

    @Deprecated
    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }
}
