package io.camelspeech.component.transport;

import java.net.http.HttpResponse;

/** Reads a successful answer's body: chosen per request, e.g. JSON into a tree or audio into a stream cache. */
@FunctionalInterface
public interface ResponseReader<T> {

    HttpResponse.BodySubscriber<T> subscriber(HttpResponse.ResponseInfo info);
}
