package io.camelspeech.component.provider;

import java.util.Set;

import io.camelspeech.component.SpeechValidationException;
import io.camelspeech.component.input.AudioFormat;
import io.camelspeech.component.input.AudioInput;
import io.camelspeech.component.input.SpeechInputs;
import org.apache.camel.Exchange;

/** Reads the message's text or audio for an operation and checks it against the documented limits. */
public final class RequestSupport {

    private RequestSupport() {
    }

    /** The message's (or another value's) audio, refused when empty, too large or of a format not accepted. */
    public static AudioInput audio(
            SpeechCall call, Object value, String subject, long documentedLimit, Set<AudioFormat> accepted) {
        Object name = CommonParams.FILE_NAME.in(call.options());
        if (name == null) {
            name = call.exchange().getMessage().getHeader(Exchange.FILE_NAME_ONLY);
        }
        if (name == null) {
            name = call.exchange().getMessage().getHeader("CamelAwsS3Key");
        }
        AudioInput audio = SpeechInputs.audio(value, subject, name == null ? null : baseName(name.toString()),
                call.exchange(), call.spoolThreshold());
        return check(call, audio, documentedLimit, accepted);
    }

    public static AudioInput check(SpeechCall call, AudioInput audio, long documentedLimit, Set<AudioFormat> accepted) {
        if (audio.length() == 0) {
            throw new SpeechValidationException(audio.subject(), call.describe() + ": " + audio.subject() + " is empty");
        }
        long limit = call.uploadLimit(documentedLimit);
        if (audio.length() > limit) {
            throw new SpeechValidationException(audio.subject(), call.describe() + ": " + audio.subject() + " is "
                    + audio.length() + " bytes, more than the limit of " + limit + " bytes (option maxUploadSize)");
        }
        AudioFormat format = audio.format();
        if (format == null || !accepted.contains(format)) {
            throw new SpeechValidationException(audio.subject(), call.describe() + ": " + audio.subject() + " is "
                    + (format == null ? "not a recognised audio format" : format.name()) + "; accepted: " + accepted);
        }
        return audio;
    }

    /** The message's text as strict UTF-8, refused when blank or longer than the plan allows. */
    public static String text(SpeechCall call, Object body, String subject) {
        String text = SpeechInputs.text(body, subject, call.exchange(), call.limits().maxTextLength());
        return checkLength(call, text, subject);
    }

    public static String checkLength(SpeechCall call, String text, String subject) {
        if (text.isBlank()) {
            throw new SpeechValidationException(subject, call.describe() + ": " + subject + " is empty: text is required");
        }
        int length = text.codePointCount(0, text.length());
        if (length > call.limits().maxTextLength()) {
            throw new SpeechValidationException(subject, call.describe() + ": " + subject + " has " + length
                    + " characters, more than the limit of " + call.limits().maxTextLength()
                    + (call.limits().maxTextLength() >= 5000 ? " (the plan's limit; option plan)" : ""));
        }
        return text;
    }

    static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 ? name.substring(slash + 1) : name;
    }
}
