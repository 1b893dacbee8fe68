package io.camelspeech.component.model;

import java.util.Map;

/** A typed result that also tells the route something through headers (ids, URLs, credits). */
public interface ResultHeaders {

    /** Header name to value; null values are skipped. */
    Map<String, Object> resultHeaders();
}
