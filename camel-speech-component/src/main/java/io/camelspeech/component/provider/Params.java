package io.camelspeech.component.provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.SpeechOperation;
import io.camelspeech.component.SpeechValidationException;

/** Checks and collects documented parameters, the same way for every provider. */
public final class Params {

    private Params() {
    }

    /**
     * Fails on a value outside the documented range, and (when {@code complete}) on a required parameter that has
     * neither a value nor a default. The message names the option or header the value came from.
     */
    public static void validate(
            String provider, SpeechOperation operation, List<Param> params, OptionValues values, boolean complete) {
        for (Param param : params) {
            Object value = values.get(param.option());
            if (value == null && complete && param.mandatory() && param.defaultValue() == null) {
                throw new SpeechValidationException(param.option(), "speech:" + provider + ":" + operation
                        + " needs the option '" + param.option() + "' (or header "
                        + SpeechConstants.headerFor(param.option()) + ")");
            }
            String problem = param.check(value);
            if (problem != null) {
                throw new SpeechValidationException(param.option(), "speech:" + provider + ":" + operation + ": "
                        + values.source(param.option()) + " " + problem);
            }
            if (value != null && complete && param.requires() != null && values.get(param.requires()) == null) {
                throw new SpeechValidationException(param.requires(), "speech:" + provider + ":" + operation + ": "
                        + values.source(param.option()) + " needs the option '" + param.requires() + "' too (or header "
                        + SpeechConstants.headerFor(param.requires()) + ")");
            }
        }
    }

    /** Wire name to value for every parameter that has a value or a default, in documented order. */
    public static Map<String, Object> wireFields(List<Param> params, OptionValues values) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Param param : params) {
            Object value = values.get(param.option());
            if (value == null) {
                value = param.defaultValue();
            }
            if (value != null && param.wireName() != null) {
                fields.put(param.wireName(), param.wireValue(value));
            }
        }
        return fields;
    }
}
