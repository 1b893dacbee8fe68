package io.camelspeech.component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Option names of the previous release, where providers called the same thing differently; they keep working for one
 * release (URI option and header), mapped to the shared name, with a warning. The one list of them.
 */
final class DeprecatedOptions {

    private static final Logger LOG = LoggerFactory.getLogger(DeprecatedOptions.class);

    /** {@code deprecated} is read as {@code current}, its value converted by {@code toCurrent}. */
    record Alias(String deprecated, String current, UnaryOperator<Object> toCurrent) {
    }

    static final List<Alias> ALIASES = List.of(
            new Alias("performerStyleId", "voice", UnaryOperator.identity()), // Replica
            new Alias("modelName", "voice", UnaryOperator.identity()), // Tencent
            new Alias("languageCode", "language", UnaryOperator.identity()), // Replica
            new Alias("extensions", "format", UnaryOperator.identity()), // Replica
            new Alias("webhookUrl", "callbackUrl", UnaryOperator.identity()), // TTS.ai
            new Alias("timeout", "providerJobTimeout", DeprecatedOptions::secondsToMillis)); // Tencent, in seconds

    private DeprecatedOptions() {
    }

    /** Renames deprecated URI options to their shared names (in place), warning once per endpoint. */
    static void rename(String uri, Map<String, Object> parameters) {
        for (Alias alias : ALIASES) {
            if (!parameters.containsKey(alias.deprecated())) {
                continue;
            }
            if (parameters.containsKey(alias.current())) {
                throw new SpeechValidationException(alias.deprecated(), "Options '" + alias.deprecated() + "' and '"
                        + alias.current() + "' are the same option (the first is its deprecated name); set only '"
                        + alias.current() + "'");
            }
            Object value = alias.toCurrent().apply(parameters.remove(alias.deprecated()));
            parameters.put(alias.current(), value);
            LOG.warn("Option '{}' is deprecated and will be removed in the next release: use '{}' ({})",
                    alias.deprecated(), alias.current(), org.apache.camel.util.URISupport.sanitizeUri(uri));
        }
    }

    /** The value of a deprecated header standing for {@code option}, converted; empty when none is set. */
    static Optional<Object> header(String option, java.util.function.Function<String, Object> headers) {
        for (Alias alias : ALIASES) {
            if (alias.current().equals(option)) {
                Object value = headers.apply(SpeechConstants.headerFor(alias.deprecated()));
                if (value != null) {
                    return Optional.of(alias.toCurrent().apply(value));
                }
            }
        }
        return Optional.empty();
    }

    private static Object secondsToMillis(Object seconds) {
        try {
            return Long.parseLong(String.valueOf(seconds).trim()) * 1000L;
        } catch (NumberFormatException e) {
            throw new SpeechValidationException("timeout", "Option timeout (deprecated, seconds) must be a whole"
                    + " number, was " + seconds + "; use providerJobTimeout");
        }
    }
}
