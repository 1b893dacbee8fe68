package io.camelspeech.examples;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person watching the examples wants to know: how many inputs are queued, running, done and failed, and, in
 * run-once mode, when everything that was waiting has been handled.
 */
public final class ProgressBoard {

    private static final Logger LOG = LoggerFactory.getLogger("progress");

    private final AtomicInteger expected = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private volatile Runnable onAllHandled = () -> {
    };

    /** Inputs known to be waiting at start; run-once mode ends when as many have been handled. */
    public void expect(int inputs) {
        expected.addAndGet(inputs);
    }

    public void whenAllHandled(Runnable action) {
        this.onAllHandled = action;
    }

    public void started(String useCase, String input) {
        startedAt.put(useCase + "/" + input, System.nanoTime());
        running.incrementAndGet();
        LOG.info("{} {}: started", useCase, input);
    }

    public void done(String useCase, String input, String result) {
        finish(useCase, input);
        done.incrementAndGet();
        LOG.info("{} {}: done in {} -> {}", useCase, input, elapsed(useCase, input), result);
        checkAllHandled();
    }

    public void failed(String useCase, String input, String reason) {
        finish(useCase, input);
        failed.incrementAndGet();
        LOG.warn("{} {}: FAILED in {}: {}", useCase, input, elapsed(useCase, input), reason);
        checkAllHandled();
    }

    public long elapsedMillis(String useCase, String input) {
        Long start = startedAt.get(useCase + "/" + input);
        return start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
    }

    public String summary() {
        int queued = Math.max(0, expected.get() - running.get() - done.get() - failed.get());
        return String.format("queued %d, running %d, done %d, failed %d", queued, running.get(), done.get(), failed.get());
    }

    public int failedCount() {
        return failed.get();
    }

    public boolean allHandled() {
        return done.get() + failed.get() >= expected.get();
    }

    private void finish(String useCase, String input) {
        running.updateAndGet(n -> Math.max(0, n - 1));
    }

    private String elapsed(String useCase, String input) {
        return String.format("%.1f s", elapsedMillis(useCase, input) / 1000.0);
    }

    private void checkAllHandled() {
        if (allHandled()) {
            LOG.info("all {} waiting inputs handled ({})", expected.get(), summary());
            onAllHandled.run();
        }
    }
}
