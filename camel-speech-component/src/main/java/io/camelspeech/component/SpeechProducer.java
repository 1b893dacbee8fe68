package io.camelspeech.component;

import java.util.Map;
import java.util.concurrent.CompletionException;

import io.camelspeech.component.job.SpeechJobException;
import io.camelspeech.component.provider.SpeechCall;
import io.camelspeech.component.provider.SpeechProvider;
import io.camelspeech.component.provider.SpeechResult;
import io.camelspeech.component.transport.RequestPolicy;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends one message to the provider. Asynchronous end to end: {@link #process(Exchange, AsyncCallback)} returns at
 * once and the exchange continues on the HTTP client's thread when the answer is in.
 */
public class SpeechProducer extends DefaultAsyncProducer {

    private Map<String, String> credentials;
    private String baseUrl;

    public SpeechProducer(SpeechEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public SpeechEndpoint getEndpoint() {
        return (SpeechEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SpeechConfiguration config = getEndpoint().getConfiguration();
        credentials = getEndpoint().credentials();
        String base = config.getBaseUrl() != null ? config.getBaseUrl() : getEndpoint().speechProvider().defaultBaseUrl();
        baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            SpeechCall call = newCall(exchange);
            getEndpoint().speechProvider().execute(call).whenComplete((result, failure) -> {
                if (failure != null) {
                    Throwable cause = unwrap(failure);
                    if (cause instanceof SpeechJobException jobFailure && jobFailure.getJob() != null) {
                        // the job lives on at the provider: the route keeps its id to pick it up again
                        jobFailure.getJob().resultHeaders().forEach((name, value) -> {
                            if (value != null) {
                                exchange.getMessage().setHeader(name, value);
                            }
                        });
                    }
                    exchange.setException(cause);
                } else {
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

    private SpeechCall newCall(Exchange exchange) {
        SpeechEndpoint endpoint = getEndpoint();
        SpeechProvider provider = endpoint.speechProvider();
        SpeechConfiguration config = endpoint.getConfiguration();
        SpeechOperation operation = endpoint.getOperation();
        String override = exchange.getMessage().getHeader(SpeechConstants.OPERATION, String.class);
        if (override != null) {
            operation = SpeechOperation.fromUri(override);
            if (!provider.operations().contains(operation)) {
                throw new SpeechValidationException(SpeechConstants.OPERATION, "header " + SpeechConstants.OPERATION
                        + " asks for " + operation + ", which " + provider.id() + " does not offer; it offers "
                        + provider.operations());
            }
        }
        SpeechComponent component = endpoint.getComponent();
        RequestPolicy policy = new RequestPolicy(provider.id(), config.getMaxRetries(), config.getRetryDelay(),
                config.getMaxRetryDelay(), config.getRequestTimeout(), component.limiter(provider, credentials.values().iterator().next(), config),
                provider.errorParser());
        return new SpeechCall(exchange, operation, endpoint.options(exchange), credentials, baseUrl,
                provider.rateLimits(config.getPlan()), config.getSpoolThreshold(), config.getMaxUploadSize(),
                component.transport(), policy, component.jobEngine());
    }

    private void apply(SpeechResult result, Message message) {
        message.setBody(result.body());
        message.getHeaders().putAll(result.headers());
        message.setHeader(SpeechConstants.PROVIDER, getEndpoint().getProvider());
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
