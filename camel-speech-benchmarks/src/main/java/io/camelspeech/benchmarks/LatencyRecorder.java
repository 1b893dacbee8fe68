package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;

import io.camelspeech.component.SpeechConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The last step of the completions route: the time from a callback's send stamp to here, per job. The stamp is
 * taken just before the HTTP client sends, so each figure is an upper bound of arrival-to-completion.
 */
final class LatencyRecorder implements Processor {

    private volatile Map<String, Integer> indexByJobId = Map.of();
    private volatile AtomicLongArray sentAt = new AtomicLongArray(0);
    private volatile AtomicLongArray latency = new AtomicLongArray(0);

    /** The jobs whose callbacks will be sent, in sending order; the route starts before they are known. */
    void expect(List<PendingCallback> callbacks) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < callbacks.size(); i++) {
            index.put(callbacks.get(i).jobId(), i);
        }
        sentAt = new AtomicLongArray(callbacks.size());
        latency = new AtomicLongArray(callbacks.size());
        indexByJobId = Map.copyOf(index);
    }

    void sending(int index) {
        sentAt.set(index, System.nanoTime());
    }

    @Override
    public void process(Exchange exchange) {
        long now = System.nanoTime();
        Integer index = indexByJobId.get(exchange.getMessage().getHeader(SpeechConstants.JOB_ID, String.class));
        if (index != null && sentAt.get(index) != 0) {
            latency.compareAndSet(index, 0, now - sentAt.get(index));
        }
    }

    /** Waits until the callbacks {@code from} (inclusive) to {@code to} (exclusive) completed their route. */
    boolean awaitRange(int from, int to, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (countCompleted(from, to) == to - from) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return false;
    }

    int countCompleted(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (latency.get(i) != 0) {
                count++;
            }
        }
        return count;
    }

    /** Latencies of the completed callbacks in [from, to), in nanoseconds. */
    long[] latencies(int from, int to) {
        return IntStream.range(from, to).mapToLong(latency::get).filter(l -> l != 0).toArray();
    }
}
