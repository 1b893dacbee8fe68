package io.camelspeech.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/** Plays the provider: posts completion callbacks at a fixed rate, each on its own schedule slot. */
final class CallbackSender {

    /** HTTP/1.1 as a provider's webhook sender speaks it (no h2c upgrade round). */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** What one paced batch achieved; {@code answerNanos} is each callback's send-to-HTTP-answer time. */
    record Sent(int accepted, int refused, double perSecond, long[] answerNanos) {
    }

    /**
     * Posts {@code callbacks[from..to)} at {@code perSecond}; a sender that fell behind catches up at once, so the
     * average rate holds.
     */
    Sent send(List<PendingCallback> callbacks, int from, int to, int perSecond, LatencyRecorder recorder,
            Duration limit) throws InterruptedException {
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(to - from);
        AtomicLongArray answerNanos = new AtomicLongArray(to - from);
        long start = System.nanoTime();
        long lastSend = start;
        for (int i = from; i < to; i++) {
            long due = start + (i - from) * interval;
            for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                LockSupport.parkNanos(wait);
            }
            PendingCallback callback = callbacks.get(i);
            HttpRequest request = HttpRequest.newBuilder(callback.callbackUrl())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(callback.completionPayload()))
                    .build();
            long sentAt = System.nanoTime();
            lastSend = sentAt;
            recorder.sending(i);
            int slot = i - from;
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                answerNanos.set(slot, System.nanoTime() - sentAt);
                if (failure == null && response.statusCode() == 200) {
                    accepted.incrementAndGet();
                } else {
                    refused.incrementAndGet();
                }
                answered.countDown();
            });
        }
        double seconds = (lastSend - start) / 1e9;
        answered.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        long[] answers = IntStream.range(0, to - from).mapToLong(answerNanos::get).filter(n -> n != 0).toArray();
        return new Sent(accepted.get(), refused.get(), seconds > 0 ? (to - from - 1) / seconds : 0, answers);
    }
}
