package io.camelspeech.component.callback;

import io.camelspeech.component.support.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.component.job.JobTracker;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.provider.SpeechProvider;
import io.camelspeech.component.store.JobRecord;
import io.camelspeech.component.metrics.SpeechStatistics;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives a provider's job callback. The providers do not sign callbacks, so a callback counts only when its URL
 * names a job this application submitted ({@code reference}) with that job's secret token, and its payload is about
 * that same job. Answers: 413 too large (read no further than the limit), 401 no token, 403 wrong token or a
 * reference that names no job (the same answer: nothing about a reference is told before its token is proven),
 * 400 malformed, 403 another job, 200 accepted (a repeat for a finished job is acknowledged and changes nothing).
 */
public final class CallbackReceiver implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackReceiver.class);
    /** Compared against when the reference names no job, so that both refusals take the same work. */
    private static final String NO_SUCH_JOB = Hashes.sha256Hex("no such job");

    private final SpeechProvider provider;
    private final JobTracker tracker;
    private final long maxBodyBytes;
    private final Consumer<JobRecord> onFinished;
    private final SpeechStatistics statistics;

    /** @param onFinished told of each record whose job this callback finished (emission, waits) */
    public CallbackReceiver(SpeechProvider provider, JobTracker tracker, long maxBodyBytes, Consumer<JobRecord> onFinished,
                            SpeechStatistics statistics) {
        this.provider = provider;
        this.statistics = statistics;
        this.tracker = tracker;
        this.maxBodyBytes = maxBodyBytes;
        this.onFinished = onFinished;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String reference = message.getHeader("reference", String.class);
        String token = message.getHeader("token", String.class);
        Long declaredLength = message.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        Object body = message.getBody();
        // headers of the callback request must not travel on: the token is a secret
        message.removeHeaders("*");
        if (declaredLength != null && declaredLength > maxBodyBytes) {
            answer(exchange, Outcome.of(413, "too_large", "payload too large"));
            return;
        }
        byte[] bounded = readAtMost(exchange, body, maxBodyBytes + 1);
        answer(exchange, bounded != null && bounded.length > maxBodyBytes ? Outcome.of(413, "too_large", "payload too large")
                : handle(reference, token, bounded));
    }

    /** Never more than {@code limit} bytes of a stream are read: a huge body costs no memory. */
    private static byte[] readAtMost(Exchange exchange, Object body, long limit) {
        if (body instanceof InputStream stream) {
            try (stream) {
                return stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
            } catch (IOException e) {
                return null;
            }
        }
        return exchange.getContext().getTypeConverter().convertTo(byte[].class, exchange, body);
    }

    private Outcome handle(String reference, String token, byte[] body) {
        if (token == null || token.isBlank()) {
            return Outcome.of(401, "no_token", "token required");
        }
        Optional<JobRecord> found = reference == null ? Optional.empty() : tracker.store().findByReference(reference)
                .filter(record -> record.provider().equals(provider.id()));
        // an unknown reference costs the same check and gets the same answer as a wrong token
        String expectedHash = found.map(JobRecord::tokenHash).orElse(NO_SUCH_JOB);
        if (!JobTracker.sameHash(expectedHash, token) || found.isEmpty()) {
            LOG.warn("Refused a {} callback for job reference {}: wrong token or no such job", provider.id(), reference);
            return Outcome.of(403, "wrong_token", "wrong token or no such job");
        }
        JobRecord record = found.get();
        JsonNode payload;
        try {
            payload = body == null || body.length == 0 ? null : SpeechJson.MAPPER.readTree(body);
        } catch (IOException e) {
            return Outcome.of(400, "malformed", "malformed JSON");
        }
        if (payload == null || !payload.isObject()) {
            return Outcome.of(400, "malformed", "malformed JSON");
        }
        SpeechJob known = JobTracker.jobOf(record);
        SpeechJob reported;
        try {
            reported = provider.parseCallback(payload, known);
        } catch (IllegalArgumentException e) {
            return Outcome.of(400, "malformed", "not a " + provider.id() + " callback: " + e.getMessage());
        }
        if (!known.id().equals(reported.id())) {
            LOG.warn("Refused a {} callback for job reference {}: it reports another job", provider.id(), reference);
            return Outcome.of(403, "other_job", "callback is about another job");
        }
        if (record.isFinal()) {
            return Outcome.of(200, "repeat", "already finished");
        }
        // remembered with the job, so whoever emits it tells the route how the completion came
        reported = reported.update(reported.state(), reported.providerState(), null, reported.error(),
                Map.of("completedBy", "callback"));
        tracker.updated(record.reference(), reported);
        // a route waiting in this JVM takes the completion itself; otherwise the jobs consumer emits it
        if (reported.state().isFinal() && !tracker.engine().signal(reported)) {
            tracker.store().findByReference(reference).ifPresent(onFinished);
        }
        return Outcome.of(200, "accepted", "accepted");
    }

    private void answer(Exchange exchange, Outcome outcome) {
        statistics.callback(provider.id(), outcome.result());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, outcome.status());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(SpeechJson.write(Map.of("status", outcome.text())));
    }

    /** {@code result} is what the callbacks meter counts: accepted, repeat, or why it was refused. */
    private record Outcome(int status, String result, String text) {
        static Outcome of(int status, String result, String text) {
            return new Outcome(status, result, text);
        }
    }
}
