package io.camelspeech.component.transport;

import io.camelspeech.component.support.Futures;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelspeech.component.SpeechProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP path of every provider: waits for a rate-limit slot, sends with the JDK client's non-blocking
 * {@code sendAsync}, retries what is safe to retry on Camel's scheduler, and turns error answers into
 * {@link SpeechProviderException}. No thread waits on I/O anywhere in here.
 */
public final class SpeechHttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger(SpeechHttpTransport.class);
    /** Error bodies are read whole for their code and message; providers keep them small, this caps the odd one. */
    private static final int MAX_ERROR_BODY_CHARS = 16 * 1024;

    private final HttpClient client;
    private final ScheduledExecutorService scheduler;

    public SpeechHttpTransport(HttpClient client, ScheduledExecutorService scheduler) {
        this.client = client;
        this.scheduler = scheduler;
    }

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    public <T> CompletableFuture<ProviderResponse<T>> send(
            ProviderRequest request, ResponseReader<T> reader, RequestPolicy policy) {
        CompletableFuture<ProviderResponse<T>> result = new CompletableFuture<>();
        attempt(request, reader, policy, 1, result);
        return result;
    }

    private <T> void attempt(
            ProviderRequest request, ResponseReader<T> reader, RequestPolicy policy, int attempt,
            CompletableFuture<ProviderResponse<T>> result) {
        long asked = System.nanoTime();
        policy.limiter().acquire().thenCompose(permit -> {
            policy.statistics().rateLimitWait(policy.provider(), System.nanoTime() - asked);
            return request.readyToSend().handle((ready, failure) -> {
                if (failure != null) {
                    permit.release();
                    result.completeExceptionally(failure);
                    return null;
                }
                return permit;
            });
        }).thenAccept(permit -> {
            if (permit == null) {
                return;
            }
            // The answer is taken from the body subscriber, which completes on the client's executor (the
            // component's threads). The future sendAsync returns completes on the JDK's default async executor,
            // which on a machine of 2 cores or fewer starts a new thread per response: it is only used for failures.
            AtomicBoolean answered = new AtomicBoolean();
            CompletableFuture<HttpResponse<Outcome<T>>> sent;
            try {
                sent = client.sendAsync(request.build(policy.requestTimeoutMillis()), info -> {
                    HttpResponse.BodySubscriber<Outcome<T>> body = subscriber(info, reader);
                    body.getBody().whenComplete((outcome, failure) -> {
                        if (failure == null && answered.compareAndSet(false, true)) {
                            permit.release();
                            handle(() -> onResponse(request, reader, policy, attempt, result, info.statusCode(),
                                    info.headers(), outcome), result);
                        }
                    });
                    return body;
                });
            } catch (RuntimeException e) {
                permit.release();
                result.completeExceptionally(e);
                return;
            }
            sent.whenComplete((response, failure) -> {
                if (failure != null && answered.compareAndSet(false, true)) {
                    permit.release();
                    handle(() -> onFailure(request, reader, policy, attempt, result, Futures.cause(failure)), result);
                }
            });
        });
    }

    private static void handle(Runnable step, CompletableFuture<?> result) {
        try {
            step.run();
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private <T> void onResponse(
            ProviderRequest request, ResponseReader<T> reader, RequestPolicy policy, int attempt,
            CompletableFuture<ProviderResponse<T>> result, int status, HttpHeaders headers, Outcome<T> outcome) {
        if (outcome.success()) {
            result.complete(new ProviderResponse<>(status, headers, outcome.body(), attempt));
            return;
        }
        SpeechProviderException.Builder error = policy.errorParser().parse(status, headers, outcome.errorBody());
        OptionalLong requested = RetryDelays.requestedDelayMillis(headers, Instant.now());
        if (status == 429 && requested.isPresent()) {
            // the whole key is throttled, not just this request: hold back its other requests too
            policy.limiter().pauseFor(requested.getAsLong());
        }
        // the error parser may know better than the status (OpenAI: a 429 for an exhausted quota never passes)
        if (error.isRetryable() && attempt <= policy.maxRetries()) {
            long delay = requested.orElse(RetryDelays.backoffMillis(attempt, policy.retryDelayMillis(),
                    policy.maxRetryDelayMillis()));
            if (delay <= policy.maxRetryDelayMillis()) {
                LOG.debug("{} {} answered {}, attempt {} of {}; retrying in {} ms", policy.provider(),
                        request.describe(), status, attempt, policy.maxRetries() + 1, delay);
                policy.statistics().retry(policy.provider(), String.valueOf(status));
                retryLater(request, reader, policy, attempt, result, delay);
                return;
            }
            error.context(request.describe() + ": provider asked to wait " + delay + " ms, more than maxRetryDelay");
            result.completeExceptionally(error.build());
            return;
        }
        error.context(request.describe() + (attempt > 1 ? " after " + attempt + " attempts" : ""));
        result.completeExceptionally(error.build());
    }

    private <T> void onFailure(
            ProviderRequest request, ResponseReader<T> reader, RequestPolicy policy, int attempt,
            CompletableFuture<ProviderResponse<T>> result, Throwable failure) {
        if (failure instanceof SpeechProviderException e) {
            result.completeExceptionally(e);
            return;
        }
        // a refused connection never reached the provider; other I/O failures might have, so only idempotent
        // requests are sent again (a second POST could be billed twice)
        boolean safeToResend = failure instanceof ConnectException || request.idempotent();
        boolean ioFailure = failure instanceof IOException;
        if (ioFailure && safeToResend && attempt <= policy.maxRetries()) {
            long delay = RetryDelays.backoffMillis(attempt, policy.retryDelayMillis(), policy.maxRetryDelayMillis());
            LOG.debug("{} {} failed ({}), attempt {}; retrying in {} ms", policy.provider(), request.describe(),
                    failure.toString(), attempt, delay);
            policy.statistics().retry(policy.provider(), failure instanceof ConnectException ? "refused" : "io");
            retryLater(request, reader, policy, attempt, result, delay);
            return;
        }
        String what = failure instanceof HttpTimeoutException ? "timed out" : "failed: " + failure.getMessage();
        result.completeExceptionally(SpeechProviderException.builder(policy.provider(), 0)
                .retryable(ioFailure)
                .message(request.describe() + " " + what)
                .context(attempt > 1 ? "after " + attempt + " attempts" : null)
                .build(failure));
    }

    private <T> void retryLater(
            ProviderRequest request, ResponseReader<T> reader, RequestPolicy policy, int attempt,
            CompletableFuture<ProviderResponse<T>> result, long delayMillis) {
        scheduler.schedule(() -> attempt(request, reader, policy, attempt + 1, result), delayMillis,
                TimeUnit.MILLISECONDS);
    }

    private static <T> HttpResponse.BodySubscriber<Outcome<T>> subscriber(
            HttpResponse.ResponseInfo info, ResponseReader<T> reader) {
        if (info.statusCode() >= 200 && info.statusCode() < 300) {
            return HttpResponse.BodySubscribers.mapping(reader.subscriber(info), Outcome::ok);
        }
        return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8),
                body -> Outcome.error(body.length() > MAX_ERROR_BODY_CHARS ? body.substring(0, MAX_ERROR_BODY_CHARS) : body));
    }

    private record Outcome<T>(boolean success, T body, String errorBody) {
        static <T> Outcome<T> ok(T body) {
            return new Outcome<>(true, body, null);
        }

        static <T> Outcome<T> error(String body) {
            return new Outcome<>(false, null, body);
        }
    }
}
