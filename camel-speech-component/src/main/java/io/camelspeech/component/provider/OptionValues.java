package io.camelspeech.component.provider;

/**
 * Values of request options as they apply to one message: the header {@code CamelSpeech<Option>} when present,
 * else the endpoint option. {@link #source} names where a value came from, for error messages.
 */
public interface OptionValues {

    /** @return the value converted to the option's type, or {@code null} when neither header nor option is set */
    Object get(String option);

    /** e.g. "header CamelSpeechSpeed" or "option speed" */
    String source(String option);
}
