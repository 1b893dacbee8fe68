package io.camelspeech.component;

/**
 * Bad input found before any paid call. {@link #getSubject()} names the option, header or file at fault.
 */
public class SpeechValidationException extends IllegalArgumentException {

    private final String subject;

    public SpeechValidationException(String subject, String message) {
        super(message);
        this.subject = subject;
    }

    public String getSubject() {
        return subject;
    }
}
