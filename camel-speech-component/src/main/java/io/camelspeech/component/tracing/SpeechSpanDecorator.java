package io.camelspeech.component.tracing;

import io.camelspeech.component.SpeechComponent;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.SpeechEndpoint;
import io.camelspeech.component.SpeechProviderException;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.telemetry.Span;
import org.apache.camel.telemetry.decorators.AbstractSpanDecorator;

/**
 * Span attributes of {@code speech:} calls for Camel's telemetry (camel-opentelemetry2, camel-telemetry-dev...):
 * provider and operation, then the job id and state, the attempts, credits used and the provider's status and error
 * code when it refused. Found through {@code META-INF/services/org.apache.camel.telemetry.SpanDecorator}.
 */
public class SpeechSpanDecorator extends AbstractSpanDecorator {

    static final String PROVIDER = "speech.provider";
    static final String OPERATION = "speech.operation";
    static final String JOB_ID = "speech.job.id";
    static final String JOB_STATE = "speech.job.state";
    static final String ATTEMPTS = "speech.attempts";
    static final String CREDITS_USED = "speech.credits.used";
    static final String STATUS_CODE = "speech.provider.status";
    static final String ERROR_CODE = "speech.provider.error";

    @Override
    public String getComponent() {
        return "speech";
    }

    @Override
    public String getComponentClassName() {
        return SpeechComponent.class.getName();
    }

    @Override
    public void beforeTracingEvent(Span span, Exchange exchange, Endpoint endpoint) {
        super.beforeTracingEvent(span, exchange, endpoint);
        if (endpoint instanceof SpeechEndpoint speech) {
            span.setTag(PROVIDER, speech.getProvider());
            String operation = exchange.getMessage().getHeader(SpeechConstants.OPERATION, String.class);
            span.setTag(OPERATION, operation != null ? operation : String.valueOf(speech.getOperation()));
        }
    }

    @Override
    public void afterTracingEvent(Span span, Exchange exchange) {
        super.afterTracingEvent(span, exchange);
        tag(span, JOB_ID, exchange.getMessage().getHeader(SpeechConstants.JOB_ID));
        tag(span, JOB_STATE, exchange.getMessage().getHeader(SpeechConstants.JOB_STATE));
        tag(span, ATTEMPTS, exchange.getMessage().getHeader(SpeechConstants.ATTEMPTS));
        tag(span, CREDITS_USED, exchange.getMessage().getHeader(SpeechConstants.CREDITS_USED));
        if (exchange.getException() instanceof SpeechProviderException refused) {
            tag(span, STATUS_CODE, refused.getStatusCode());
            tag(span, ERROR_CODE, refused.getErrorCode());
        }
    }

    private static void tag(Span span, String name, Object value) {
        if (value != null) {
            span.setTag(name, String.valueOf(value));
        }
    }
}
