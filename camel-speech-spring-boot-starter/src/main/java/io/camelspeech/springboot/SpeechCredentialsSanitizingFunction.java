package io.camelspeech.springboot;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the speech component's credentials in {@code /actuator/configprops} and {@code /actuator/env}. Spring Boot 3
 * masks every value unless {@code management.endpoint.configprops.show-values} (or {@code env.show-values}) is
 * {@code always} or {@code when-authorized}; from then on it shows every value as it is, unless a
 * {@link SanitizingFunction} masks it: it no longer masks by key name. This one masks, whatever show-values says:
 * <ul>
 * <li>{@code camel.component.speech.credentials...} (every entry of the map, whatever the provider and option);</li>
 * <li>{@code camel.component.speech[.configuration].api-key}, {@code secret-id}, {@code secret-key} (also as
 * configprops writes them, apiKey...);</li>
 * <li>the same as environment variables ({@code CAMEL_COMPONENT_SPEECH_...}) and the component's own fallback
 * variables {@code SPEECH_<PROVIDER>_API_KEY}, {@code _SECRET_ID}, {@code _SECRET_KEY}.</li>
 * </ul>
 */
public class SpeechCredentialsSanitizingFunction implements SanitizingFunction {

    private static final String PREFIX = "camel.component.speech.";
    private static final Pattern FALLBACK_VARIABLE = Pattern.compile("speech_[a-z0-9]+_(api_key|secret_id|secret_key)");

    @Override
    public SanitizableData apply(SanitizableData data) {
        return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }

    static boolean isSecret(String key) {
        if (key == null) {
            return false;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (FALLBACK_VARIABLE.matcher(lower).matches()) {
            return true;
        }
        String name = lower.replace('_', '.');
        if (!name.startsWith(PREFIX)) {
            return false;
        }
        String option = name.substring(PREFIX.length()).replace("-", "");
        return option.startsWith("credentials") || option.endsWith("apikey") || option.endsWith("secretid")
               || option.endsWith("secretkey");
    }
}
