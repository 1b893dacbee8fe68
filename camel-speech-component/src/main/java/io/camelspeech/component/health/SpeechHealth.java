package io.camelspeech.component.health;

import org.apache.camel.health.HealthCheckResultBuilder;

/** How a probe result reads in a health check's details, the same for producers and the jobs consumer. */
final class SpeechHealth {

    static final String PROVIDER = "speech.provider";
    static final String LATENCY = "speech.latency.ms";
    static final String CHECKED_AT = "speech.checked.at";

    private SpeechHealth() {
    }

    /** Adds the probe's details and sets DOWN when the provider refused or did not answer. */
    static void apply(String provider, ProbeResult probe, HealthCheckResultBuilder builder) {
        builder.detail(PROVIDER, provider).detail(LATENCY, probe.latencyMillis()).detail(CHECKED_AT,
                probe.checkedAt().toString());
        if (probe.statusCode() != null) {
            builder.detail(org.apache.camel.impl.health.AbstractHealthCheck.SERVICE_STATUS_CODE, probe.statusCode());
        }
        if (probe.errorCode() != null) {
            builder.detail(org.apache.camel.impl.health.AbstractHealthCheck.SERVICE_ERROR_CODE, probe.errorCode());
        }
        if (!probe.up()) {
            builder.message(provider + " refused the probe"
                    + (probe.statusCode() != null ? " with " + probe.statusCode() : "")
                    + (probe.message() != null ? ": " + probe.message() : ""));
            builder.down();
        }
    }
}
