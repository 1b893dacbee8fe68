package io.camelspeech.component.provider;

import io.camelspeech.component.SpeechOperation;
import io.camelspeech.component.transport.RequestPolicy;
import io.camelspeech.component.transport.SpeechHttpTransport;
import org.apache.camel.Exchange;

/** Everything one message's operation needs, resolved by the producer. */
public record SpeechCall(
        Exchange exchange,
        SpeechOperation operation,
        OptionValues options,
        String apiKey,
        String baseUrl,
        RateLimits limits,
        long spoolThreshold,
        long maxUploadSize,
        SpeechHttpTransport transport,
        RequestPolicy policy) {

    /** The upload limit: the operation's documented one unless the maxUploadSize option raises it. */
    public long uploadLimit(long documented) {
        return maxUploadSize > 0 ? maxUploadSize : documented;
    }

    /** The endpoint as a user would name it in an error message, e.g. speech:ttsai:textToSpeech. */
    public String describe() {
        return "speech:" + policy.provider() + ":" + operation;
    }
}
