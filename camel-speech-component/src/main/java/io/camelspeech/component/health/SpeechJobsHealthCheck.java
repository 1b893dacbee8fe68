package io.camelspeech.component.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.camelspeech.component.SpeechEndpoint;
import io.camelspeech.component.store.JobRecord;
import io.camelspeech.component.store.JobStore;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of a jobs consumer: its polls (Camel's own scheduled-poll check), its provider (the same probe as the
 * producers), the job store (reachable) and the oldest pending job (not older than jobTimeout: a job that old
 * should have ended, so something is stuck).
 */
public final class SpeechJobsHealthCheck extends AbstractHealthCheck {

    static final String PENDING = "speech.jobs.pending";
    static final String OLDEST_AGE = "speech.jobs.oldest.age.ms";
    static final String STORE = "speech.store";

    private final SpeechEndpoint endpoint;
    private final HealthCheck polls;

    public SpeechJobsHealthCheck(SpeechEndpoint endpoint, String routeId, HealthCheck polls) {
        super("camel", "consumer:speech-" + routeId);
        this.endpoint = endpoint;
        this.polls = polls;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.up();
        if (polls != null) {
            HealthCheck.Result polled = polls.call(options);
            builder.details(polled.getDetails());
            if (polled.getState() == State.DOWN) {
                builder.down();
                polled.getMessage().ifPresent(builder::message);
                polled.getError().ifPresent(builder::error);
                return;
            }
        }
        JobStore store = endpoint.jobStore();
        builder.detail(STORE, store.getClass().getSimpleName());
        List<JobRecord> pending;
        try {
            pending = store.pending(endpoint.getProvider());
        } catch (RuntimeException e) {
            builder.message("the job store cannot be read: " + e.getMessage()).error(e).down();
            return;
        }
        builder.detail(PENDING, pending.size());
        Instant now = Instant.now();
        pending.stream().map(JobRecord::createdAt).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
                .ifPresent(oldest -> {
                    long age = Duration.between(oldest, now).toMillis();
                    builder.detail(OLDEST_AGE, age);
                    long timeout = endpoint.getConfiguration().getJobTimeout();
                    if (timeout > 0 && age > timeout) {
                        builder.message("the oldest pending " + endpoint.getProvider() + " job is " + age
                                + " ms old, more than jobTimeout (" + timeout + " ms)").down();
                    }
                });
        if (builder.state() == State.DOWN) {
            return;
        }
        SpeechHealth.apply(endpoint.getProvider(), endpoint.probe(), builder);
    }
}
