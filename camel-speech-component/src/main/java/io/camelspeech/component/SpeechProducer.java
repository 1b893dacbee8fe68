package io.camelspeech.component;

import io.camelspeech.component.support.Futures;

import io.camelspeech.component.job.SpeechJobException;
import io.camelspeech.component.metrics.SpeechStatistics;
import io.camelspeech.component.model.Transcript;
import io.camelspeech.component.provider.JobTracking;
import io.camelspeech.component.provider.SpeechCall;
import io.camelspeech.component.provider.SpeechProvider;
import io.camelspeech.component.provider.SpeechResult;
import io.camelspeech.component.health.SpeechProducerHealthCheck;
import org.apache.camel.AsyncCallback;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends one message to the provider. Asynchronous end to end: {@link #process(Exchange, AsyncCallback)} returns at
 * once and the exchange continues on the HTTP client's (or the scheduler's) thread when the answer is in.
 */
public class SpeechProducer extends DefaultAsyncProducer {

    private WritableHealthCheckRepository healthChecks;
    private SpeechProducerHealthCheck healthCheck;

    public SpeechProducer(SpeechEndpoint endpoint) {
        super(endpoint);
    }

    /** A readiness check per producer, when Camel's producer health checks are in use (as camel-aws2-s3 does). */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthChecks = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthChecks != null) {
            SpeechEndpoint endpoint = getEndpoint();
            healthCheck = new SpeechProducerHealthCheck(endpoint, endpoint.getProvider() + "-" + endpoint.getOperation()
                    + "-" + endpoint.getId());
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthChecks.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthChecks != null && healthCheck != null) {
            healthChecks.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public SpeechEndpoint getEndpoint() {
        return (SpeechEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            SpeechEndpoint endpoint = getEndpoint();
            SpeechOperation operation = operationOf(exchange);
            JobTracking tracking = endpoint.speechProvider().tracksJobs(operation) ? endpoint.newTracking(exchange) : null;
            SpeechCall call = endpoint.newCall(exchange, operation, tracking);
            long started = System.nanoTime();
            endpoint.speechProvider().execute(call).whenComplete((result, failure) -> {
                if (failure != null) {
                    Throwable cause = Futures.cause(failure);
                    count(operation, outcomeOf(cause), started, null);
                    fail(exchange, cause);
                } else {
                    count(operation, "success", started, result);
                    apply(result, exchange.getMessage());
                }
                callback.done(false);
            });
            return false;
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }

    /** The request meters: by outcome; and what it cost (credits) or processed (seconds of transcribed audio). */
    private void count(SpeechOperation operation, String outcome, long started, SpeechResult result) {
        SpeechStatistics statistics = getEndpoint().getComponent().statistics();
        String provider = getEndpoint().getProvider();
        statistics.request(provider, operation.name(), outcome, System.nanoTime() - started);
        if (result == null) {
            return;
        }
        if (result.headers().get(SpeechConstants.CREDITS_USED) instanceof Number credits) {
            statistics.credits(provider, credits.longValue());
        }
        if (result.body() instanceof Transcript transcript && transcript.duration() != null) {
            statistics.audioSeconds(provider, operation.name(), transcript.duration());
        }
    }

    /** Few values, so the meter stays small: invalid input, refused (4xx), failed (5xx, network), or the job's end. */
    private static String outcomeOf(Throwable failure) {
        if (failure instanceof SpeechValidationException) {
            return "invalid";
        }
        if (failure instanceof SpeechProviderException refused) {
            return refused.getStatusCode() >= 400 && refused.getStatusCode() < 500 ? "refused" : "failed";
        }
        if (failure instanceof SpeechJobException job) {
            return "job_" + job.getReason().name().toLowerCase(java.util.Locale.ROOT);
        }
        return "failed";
    }

    private SpeechOperation operationOf(Exchange exchange) {
        SpeechProvider provider = getEndpoint().speechProvider();
        String override = exchange.getMessage().getHeader(SpeechConstants.OPERATION, String.class);
        if (override == null) {
            return getEndpoint().getOperation();
        }
        SpeechOperation operation = SpeechOperation.fromUri(override);
        if (!provider.operations().contains(operation)) {
            throw new SpeechValidationException(SpeechConstants.OPERATION, "header " + SpeechConstants.OPERATION
                    + " asks for " + operation + ", which " + provider.id() + " does not offer; it offers "
                    + provider.operations());
        }
        return operation;
    }

    private static void fail(Exchange exchange, Throwable cause) {
        if (cause instanceof SpeechJobException jobFailure && jobFailure.getJob() != null) {
            // the job lives on at the provider: the route keeps its id to pick it up again
            jobFailure.getJob().resultHeaders().forEach((name, value) -> {
                if (value != null) {
                    exchange.getMessage().setHeader(name, value);
                }
            });
        }
        if (cause instanceof SpeechJobException jobFailure && jobFailure.getReference() != null) {
            exchange.getMessage().setHeader(SpeechConstants.JOB_REFERENCE, jobFailure.getReference());
        }
        exchange.setException(cause);
    }

    private void apply(SpeechResult result, Message message) {
        message.setBody(result.body());
        message.getHeaders().putAll(result.headers());
        message.setHeader(SpeechConstants.PROVIDER, getEndpoint().getProvider());
    }
}
