package io.camelspeech.component.transport;

import java.net.http.HttpHeaders;

import io.camelspeech.component.SpeechProviderException;

/** Turns a provider's non-2xx answer into the shared exception, keeping the provider's own code and message. */
@FunctionalInterface
public interface ErrorParser {

    SpeechProviderException.Builder parse(int status, HttpHeaders headers, String body);
}
