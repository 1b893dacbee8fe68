package io.camelspeech.component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.camelspeech.component.provider.OptionValues;
import io.camelspeech.component.provider.SpeechProvider;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Turn text into speech, speech into text, and voices into other voices through speech service providers, with
 * retries, rate limits and streaming handled by the component.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "speech", title = "Speech", syntax = "speech:provider:operation",
             producerOnly = true, category = { Category.AI }, headersClass = SpeechConstants.class)
public class SpeechEndpoint extends DefaultEndpoint {

    @UriPath(enums = "ttsai,replica,audiostack,tencent,aimlapi",
             description = "The speech provider: ttsai (TTS.ai), replica (Replica Studios), audiostack (AudioStack),"
                           + " tencent (Tencent Media Lab), aimlapi (AI/ML API)")
    @Metadata(required = true)
    private String provider;
    @UriPath(description = "The operation; the same names for every provider. Creating an endpoint for an operation"
                           + " the provider does not offer fails, naming the ones it offers.")
    @Metadata(required = true)
    private SpeechOperation operation;
    @UriParam
    private SpeechConfiguration configuration;

    private final SpeechProvider speechProvider;

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
        return new SpeechProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("speech: endpoints only produce in this version: "
                                                + "consuming job completions is not available yet");
    }

    /** Fails endpoint creation for options this operation does not read, and for values out of documented range. */
    void validateOptions(Set<String> uriOptions) {
        Set<String> applicable = new TreeSet<>(speechProvider.options(operation));
        applicable.addAll(speechProvider.credentialOptions());
        for (String option : uriOptions) {
            if (!SpeechConfiguration.TRANSPORT_OPTIONS.contains(option) && !applicable.contains(option)) {
                throw new SpeechValidationException(option, "The option '" + option + "' does not apply to speech:"
                        + provider + ":" + operation + "; its options are " + applicable);
            }
        }
        speechProvider.validate(operation, options(null), false);
    }

    /**
     * The provider's credentials from the options or, when absent, from SPEECH_<PROVIDER>_<OPTION>; fails naming
     * both when neither is set.
     */
    Map<String, String> credentials() {
        Map<String, String> credentials = new LinkedHashMap<>();
        for (String option : speechProvider.credentialOptions()) {
            Object value = configurer().getOptionValue(this, option, false);
            String variable = "SPEECH_" + provider.toUpperCase() + "_"
                              + option.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
            String credential = value != null ? value.toString() : System.getenv(variable);
            if (credential == null || credential.isBlank()) {
                throw new SpeechValidationException(option, "speech:" + provider + " needs the credential '" + option
                        + "': set the option " + option + " or the environment variable " + variable);
            }
            credentials.put(option, credential);
        }
        return credentials;
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
