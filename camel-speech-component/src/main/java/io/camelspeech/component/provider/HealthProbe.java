package io.camelspeech.component.provider;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.component.transport.ProviderRequest;

/**
 * The cheapest request a provider answers for free that still needs valid credentials: what a health check sends.
 * For providers without a free listing it asks about something that cannot exist, and a 404 means "key accepted".
 */
public record HealthProbe(ProviderRequest request, boolean notFoundMeansAccepted) {

    /** A free listing (e.g. the voices): any 2xx answer means the credentials work. */
    public static HealthProbe listing(URI uri) {
        return new HealthProbe(ProviderRequest.get(uri), false);
    }

    /** A free JSON action (credentials in the body). */
    public static HealthProbe action(URI uri, JsonNode body) {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return new HealthProbe(ProviderRequest.post(uri, "application/json",
                () -> HttpRequest.BodyPublishers.ofByteArray(bytes)), false);
    }

    /** The status of a job that cannot exist: 404 after authentication means the credentials were accepted. */
    public static HealthProbe absentJob(URI uri) {
        return new HealthProbe(ProviderRequest.get(uri), true);
    }
}
