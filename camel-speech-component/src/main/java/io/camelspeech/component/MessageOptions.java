package io.camelspeech.component;

import io.camelspeech.component.provider.OptionValues;
import org.apache.camel.Exchange;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.TypeConversionException;
import org.apache.camel.spi.PropertyConfigurerGetter;

/**
 * The one override rule: header {@code CamelSpeech<Option>} wins over the endpoint option, for every request option.
 * Endpoint values are read through the generated configurer (no reflection); header values are converted to the
 * option's type with Camel's type converters.
 */
final class MessageOptions implements OptionValues {

    private final SpeechEndpoint endpoint;
    private final PropertyConfigurerGetter configurer;
    private final Exchange exchange;

    /** @param exchange {@code null} to see the endpoint options alone (endpoint creation) */
    MessageOptions(SpeechEndpoint endpoint, PropertyConfigurerGetter configurer, Exchange exchange) {
        this.endpoint = endpoint;
        this.configurer = configurer;
        this.exchange = exchange;
    }

    /** Resolved values of this message: validation, the wire fields and the adapter ask for the same ones. */
    private final java.util.Map<String, Object> resolved = new java.util.HashMap<>();

    @Override
    public Object get(String option) {
        Object value = resolved.get(option);
        if (value == null && !resolved.containsKey(option)) {
            value = resolve(option);
            resolved.put(option, value);
        }
        return value;
    }

    private Object resolve(String option) {
        Object header = headerValue(option);
        if (header != null) {
            Class<?> type = configurer.getOptionType(option, false);
            if (type == null || type == Object.class || type.isInstance(header) || "referenceAudio".equals(option)) {
                return header;
            }
            try {
                return exchange.getContext().getTypeConverter().mandatoryConvertTo(type, exchange, header);
            } catch (NoTypeConversionAvailableException | TypeConversionException e) {
                throw new SpeechValidationException(option, "header " + SpeechConstants.headerFor(option) + " must be a "
                        + type.getSimpleName() + ", was " + header);
            }
        }
        return configurer.getOptionValue(endpoint, option, false);
    }

    @Override
    public String source(String option) {
        return headerValue(option) != null ? "header " + SpeechConstants.headerFor(option) : "option " + option;
    }

    private Object headerValue(String option) {
        if (exchange == null) {
            return null;
        }
        Object value = exchange.getMessage().getHeader(SpeechConstants.headerFor(option));
        return value != null ? value : DeprecatedOptions.header(option, exchange.getMessage()::getHeader).orElse(null);
    }
}
