package io.camelspeech.component.health;

import java.time.Instant;

/**
 * What a provider answered to its health probe: whether the credentials were accepted, the HTTP status, the
 * provider's error code, how long it took.
 */
public record ProbeResult(boolean up, Integer statusCode, String errorCode, String message, long latencyMillis,
        Instant checkedAt) {
}
