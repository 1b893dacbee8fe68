package io.camelspeech.component.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.camelspeech.component.SpeechProviderException;
import io.camelspeech.component.provider.SpeechCall;
import io.camelspeech.component.provider.SpeechProvider;
import io.camelspeech.component.support.Futures;
import io.camelspeech.component.support.Hashes;

/**
 * Probes providers for the health checks, at most once per interval per provider account (provider, base URL and
 * credentials): several endpoints of one account share a probe, so a health endpoint polled every few seconds does
 * not spend the plan's rate limit.
 */
public final class ProviderProbes {

    /** A health check does not wait longer than this for a provider, whatever requestTimeout says. */
    public static final long PROBE_TIMEOUT_MILLIS = 10_000;

    private final long intervalMillis;
    private final Map<String, CompletableFuture<ProbeResult>> latest = new ConcurrentHashMap<>();

    public ProviderProbes(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /** The account's latest probe if it is recent enough, else a new one (sent once, whoever asks). */
    public ProbeResult check(SpeechProvider provider, SpeechCall call) {
        String account = provider.id() + "|" + call.baseUrl() + "|" + Hashes.sha256Hex(String.valueOf(call.credentials()));
        CompletableFuture<ProbeResult> probe = latest.compute(account, (key, earlier) -> {
            if (earlier != null && (!earlier.isDone() || fresh(earlier.getNow(null)))) {
                return earlier;
            }
            return send(provider, call);
        });
        try {
            return probe.get(PROBE_TIMEOUT_MILLIS + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProbeResult(false, null, null, "interrupted", 0, Instant.now());
        } catch (Exception e) {
            return new ProbeResult(false, null, null, "no answer within " + PROBE_TIMEOUT_MILLIS + " ms", PROBE_TIMEOUT_MILLIS,
                    Instant.now());
        }
    }

    private boolean fresh(ProbeResult result) {
        return result != null && result.checkedAt().plusMillis(intervalMillis).isAfter(Instant.now());
    }

    private static CompletableFuture<ProbeResult> send(SpeechProvider provider, SpeechCall call) {
        long started = System.nanoTime();
        CompletableFuture<Void> answer;
        try {
            answer = provider.probe(call);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.handle((ok, failure) -> {
            long latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
            Throwable cause = failure == null ? null : Futures.cause(failure);
            if (cause == null) {
                return new ProbeResult(true, null, null, null, latency, Instant.now());
            }
            if (cause instanceof SpeechProviderException refused) {
                // a rate-limited key still works: the service is there, only busy
                boolean rateLimited = refused.getStatusCode() == 429;
                return new ProbeResult(rateLimited, refused.getStatusCode(), refused.getErrorCode(),
                        refused.getProviderMessage(), latency, Instant.now());
            }
            return new ProbeResult(false, null, null, cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                    latency, Instant.now());
        });
    }
}
