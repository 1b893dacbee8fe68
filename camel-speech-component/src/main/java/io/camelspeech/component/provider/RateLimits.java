package io.camelspeech.component.provider;

/** A plan's request limits and text length limit. */
public record RateLimits(int requestsPerMinute, int concurrentRequests, int maxTextLength) {
}
