package io.camelspeech.benchmarks;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** {@code callers} threads that each send a request, wait for its answer, and send the next, until none is left. */
final class BlockingLoad {

    private BlockingLoad() {
    }

    static RunStats run(int requests, int callers, Duration limit, Callable<?> call) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        for (int t = 0; t < callers; t++) {
            threads.execute(() -> {
                while (next.getAndIncrement() < requests && System.nanoTime() < deadline) {
                    try {
                        call.call();
                        succeeded.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, String.valueOf(e));
                    }
                }
            });
        }
        threads.shutdown();
        // a request in flight at the deadline may still finish: a short grace beyond it
        long grace = TimeUnit.SECONDS.toNanos(10);
        boolean finished = threads.awaitTermination(deadline - System.nanoTime() + grace, TimeUnit.NANOSECONDS);
        long nanos = System.nanoTime() - start;
        threads.shutdownNow();
        int notDone = requests - succeeded.get() - failed.get();
        String error = finished && notDone == 0 ? firstError.get() : "not finished within " + limit.toSeconds() + " s";
        return new RunStats(succeeded.get(), failed.get() + notDone, nanos, error);
    }
}
