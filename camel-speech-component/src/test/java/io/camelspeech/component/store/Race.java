package io.camelspeech.component.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/** Starts {@code threads} calls at the same moment and counts how many returned true. */
final class Race {

    private Race() {
    }

    static long winners(int threads, IntPredicate call) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int contender = i;
                results.add(executor.submit(() -> {
                    start.await();
                    return call.test(contender);
                }));
            }
            long winners = 0;
            for (Future<Boolean> result : results) {
                if (result.get(60, TimeUnit.SECONDS)) {
                    winners++;
                }
            }
            return winners;
        } finally {
            executor.shutdownNow();
        }
    }
}
