package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/** Sends requests from one thread, at most {@code concurrency} in flight: a permit is returned as each completes. */
final class AsyncLoad {

    private AsyncLoad() {
    }

    static RunStats run(int requests, int concurrency, Duration limit, IntFunction<CompletionStage<?>> send)
            throws InterruptedException {
        Semaphore permits = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(requests);
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        for (int i = 0; i < requests; i++) {
            if (!permits.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                break; // out of time: the requests never sent count as not done
            }
            send.apply(i).whenComplete((result, failure) -> {
                if (failure != null) {
                    failed.incrementAndGet();
                    firstError.compareAndSet(null, String.valueOf(failure));
                }
                permits.release();
                done.countDown();
            });
        }
        boolean finished = done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        long nanos = System.nanoTime() - start;
        int completed = requests - (int) done.getCount();
        String error = finished ? firstError.get() : "not finished within " + limit.toSeconds() + " s";
        return new RunStats(completed - failed.get(), failed.get() + (requests - completed), nanos, error);
    }
}
