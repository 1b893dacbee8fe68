package io.camelspeech.component.health;

import java.util.Map;

import io.camelspeech.component.SpeechEndpoint;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of a producer: whether its provider accepts its credentials now, by the provider's cheapest free request
 * (probed at most once per healthCheckProbeInterval per account). DOWN on a wrong key, a 5xx or no connection.
 */
public final class SpeechProducerHealthCheck extends AbstractHealthCheck {

    static final String ENDPOINT = "speech.endpoint";

    private final SpeechEndpoint endpoint;

    public SpeechProducerHealthCheck(SpeechEndpoint endpoint, String id) {
        super("camel", "producer:speech-" + id);
        this.endpoint = endpoint;
    }

    @Override
    public boolean isLiveness() {
        return false; // a provider outage is no reason to restart this application
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.up().detail(ENDPOINT, org.apache.camel.util.URISupport.sanitizeUri(endpoint.getEndpointUri()));
        SpeechHealth.apply(endpoint.getProvider(), endpoint.probe(), builder);
    }
}
