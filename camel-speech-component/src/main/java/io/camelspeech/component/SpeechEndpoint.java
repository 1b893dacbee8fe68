package io.camelspeech.component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.camelspeech.component.job.JobTracker;
import io.camelspeech.component.provider.JobTracking;
import io.camelspeech.component.provider.OptionValues;
import io.camelspeech.component.provider.SpeechCall;
import io.camelspeech.component.provider.SpeechProvider;
import io.camelspeech.component.transport.RequestPolicy;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import io.camelspeech.component.health.ProbeResult;
import io.camelspeech.component.health.ProviderProbes;
import io.camelspeech.component.store.JobStore;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Turn text into speech, speech into text, and voices into other voices through speech service providers, with
 * retries, rate limits, streaming and long-running jobs handled by the component. The jobs operation consumes job
 * completions, by verified callback or by polling.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "speech", title = "Speech", syntax = "speech:provider:operation",
             category = { Category.AI }, headersClass = SpeechConstants.class)
public class SpeechEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint {

    @UriPath(enums = "ttsai,replica,audiostack,tencent,aimlapi,openai",
             description = "The speech provider: ttsai (TTS.ai), replica (Replica Studios), audiostack (AudioStack),"
                           + " tencent (Tencent Media Lab), aimlapi (AI/ML API), openai (OpenAI-compatible audio: OpenAI,"
                           + " Groq, Speaches, LocalAI, vLLM... through baseUrl).")
    @Metadata(required = true)
    private String provider;
    @UriPath(description = "The operation; the same names for every provider. Creating an endpoint for an operation"
                           + " the provider does not offer fails, naming the ones it offers. The consumer's operation"
                           + " is jobs: a route from speech:tencent:jobs emits every finished Tencent job once.")
    @Metadata(required = true)
    private SpeechOperation operation;
    @UriParam
    private SpeechConfiguration configuration;

    private final SpeechProvider speechProvider;
    private Map<String, String> credentials;
    private RequestPolicy policy;
    private io.camelspeech.component.provider.RateLimits limits;
    private String baseUrl;

    public SpeechEndpoint(String uri, SpeechComponent component, SpeechProvider speechProvider,
                          SpeechOperation operation, SpeechConfiguration configuration) {
        super(uri, component);
        this.speechProvider = speechProvider;
        this.provider = speechProvider.id();
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public SpeechComponent getComponent() {
        return (SpeechComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        if (operation == SpeechOperation.jobs) {
            throw new SpeechValidationException("operation", "speech:" + provider + ":jobs only consumes: use it in from()");
        }
        return new SpeechProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation != SpeechOperation.jobs) {
            throw new SpeechValidationException("operation", "speech:" + provider + ":" + operation + " only produces;"
                    + " consume job completions with from(\"speech:" + provider + ":jobs\")");
        }
        SpeechJobsConsumer consumer = new SpeechJobsConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        String base = configuration.getBaseUrl() != null ? configuration.getBaseUrl() : speechProvider.defaultBaseUrl();
        baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        credentials = credentials();
        // the same for every message: built once (the limiter's key hashes the API key)
        SpeechComponent component = getComponent();
        policy = new RequestPolicy(provider, configuration.getMaxRetries(), configuration.getRetryDelay(),
                configuration.getMaxRetryDelay(), configuration.getRequestTimeout(),
                component.limiter(speechProvider, credentials.values().iterator().next(), configuration),
                speechProvider.errorParser(), component.statistics());
        limits = speechProvider.rateLimits(configuration.getPlan());
        if (configuration.getCallbackBaseUrl() != null && speechProvider.acceptsCallbacks()) {
            getComponent().registerCallbacks(speechProvider, configuration.getCallbackPath());
        }
    }

    /** Fails endpoint creation for options this operation does not read, and for values out of documented range. */
    void validateOptions(Set<String> uriOptions) {
        Set<String> applicable = new TreeSet<>();
        if (operation == SpeechOperation.jobs) {
            // the consumer polls and emits jobs of every operation: it reads their options
            speechProvider.operations().forEach(op -> applicable.addAll(speechProvider.options(op)));
            applicable.addAll(SpeechJobsConsumer.OPTIONS_READ);
        } else {
            applicable.addAll(speechProvider.options(operation));
        }
        applicable.addAll(speechProvider.credentialOptions());
        for (String option : uriOptions) {
            if (!SpeechConfiguration.TRANSPORT_OPTIONS.contains(option) && !applicable.contains(option)
                    && !isSchedulerOption(option)) {
                throw new SpeechValidationException(option, "The option '" + option + "' does not apply to speech:"
                        + provider + ":" + operation + "; its options are " + applicable);
            }
        }
        if (operation != SpeechOperation.jobs) {
            speechProvider.validate(operation, options(null), false);
        }
    }

    private boolean isSchedulerOption(String option) {
        return operation == SpeechOperation.jobs && !configurerHasConfigurationOption(option);
    }

    private boolean configurerHasConfigurationOption(String option) {
        try {
            return SpeechConfiguration.class.getDeclaredField(option) != null;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /**
     * The provider's credentials from the options, else the component's credentials (provider.option), else
     * SPEECH_<PROVIDER>_<OPTION>; fails naming them when none is set, unless the provider needs none at this base URL.
     */
    Map<String, String> credentials() {
        Map<String, String> found = new LinkedHashMap<>();
        for (String option : speechProvider.credentialOptions()) {
            Object value = configurer().getOptionValue(this, option, false);
            String variable = "SPEECH_" + provider.toUpperCase() + "_"
                              + option.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
            String credential = value != null ? value.toString() : getComponent().getCredentials().get(provider + "." + option);
            if (credential == null || credential.isBlank()) {
                credential = System.getenv(variable); // a blank entry (an unset {{env:X:}}) falls through too
            }
            if ((credential == null || credential.isBlank()) && speechProvider.credentialsOptional(baseUrl)) {
                credential = ""; // e.g. a self-hosted OpenAI-compatible server that wants no key
            } else if (credential == null || credential.isBlank()) {
                throw new SpeechValidationException(option, "speech:" + provider + " needs the credential '" + option
                        + "': set the option " + option + ", the component's credentials[" + provider + "." + option
                        + "] or the environment variable " + variable);
            }
            found.put(option, credential);
        }
        return found;
    }

    /** Everything one message's operation needs; {@code tracking} is null for operations that submit no job. */
    SpeechCall newCall(Exchange exchange, SpeechOperation op, JobTracking tracking) {
        SpeechComponent component = getComponent();
        return new SpeechCall(exchange, op, options(exchange), credentials, baseUrl, limits, configuration.getSpoolThreshold(),
                configuration.getMaxUploadSize(), component.transport(), policy, component.jobEngine(), tracking);
    }

    /** A new submission's bookkeeping: its reference, callback token and URL (when callbacks are on). */
    JobTracking newTracking(Exchange exchange) {
        JobTracker tracker = getComponent().tracker();
        String reference = UUID.randomUUID().toString();
        String token = null;
        String callbackUrl = null;
        if (configuration.getCallbackBaseUrl() != null && speechProvider.acceptsCallbacks()) {
            token = JobTracker.newToken();
            String base = configuration.getCallbackBaseUrl().replaceAll("/+$", "");
            callbackUrl = base + configuration.getCallbackPath() + "/" + provider + "/" + reference + "?token=" + token;
        }
        String key = exchange.getMessage().getHeader(SpeechConstants.IDEMPOTENCY_KEY, String.class);
        return new JobTracking(tracker, reference, token, callbackUrl, key, configuration.getIdempotencyRetention(),
                configuration.getCallbackGracePeriod(), configuration.getLeaseDuration());
    }

    /** This endpoint's provider account as a health check sees it (probed at most once per interval). */
    public ProbeResult probe() {
        SpeechCall call = newCall(new DefaultExchange(getCamelContext()), operation, null)
                .forProbe(ProviderProbes.PROBE_TIMEOUT_MILLIS);
        return getComponent().probes().check(speechProvider, call);
    }

    /** The job store this endpoint's jobs are recorded in. */
    public JobStore jobStore() {
        return getComponent().tracker().store();
    }

    OptionValues options(Exchange exchange) {
        return new MessageOptions(this, configurer(), exchange);
    }

    private PropertyConfigurerGetter configurer() {
        return (PropertyConfigurerGetter) getComponent().getEndpointPropertyConfigurer();
    }

    SpeechProvider speechProvider() {
        return speechProvider;
    }

    public String getProvider() {
        return provider;
    }

    public SpeechOperation getOperation() {
        return operation;
    }

    public SpeechConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SpeechConfiguration configuration) {
        this.configuration = configuration;
    }
}
