package io.camelspeech.component.transport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Client-side rate limit of one API key: at most {@code perMinute} requests started in any rolling minute and at most
 * {@code maxConcurrent} in flight. Callers get a future instead of a blocked thread; a waiting request is released
 * by {@link Permit#release()} of another or by a timer when the window moves on.
 */
public final class AsyncRateLimiter {

    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int perMinute;
    private final int maxConcurrent;
    private final ScheduledExecutorService timer;
    private final Deque<Long> startTimes = new ArrayDeque<>();
    private final Deque<CompletableFuture<Permit>> waiting = new ArrayDeque<>();
    private int inFlight;
    private long pausedUntilNanos;
    private boolean drainScheduled;

    public AsyncRateLimiter(int perMinute, int maxConcurrent, ScheduledExecutorService timer) {
        this.perMinute = perMinute;
        this.maxConcurrent = maxConcurrent;
        this.timer = timer;
    }

    public CompletableFuture<Permit> acquire() {
        CompletableFuture<Permit> ticket = new CompletableFuture<>();
        synchronized (this) {
            waiting.addLast(ticket);
        }
        drain();
        return ticket;
    }

    /** The provider said the window is used up: start nothing before {@code delayMillis} from now. */
    public void pauseFor(long delayMillis) {
        synchronized (this) {
            pausedUntilNanos = Math.max(pausedUntilNanos, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis));
        }
        drain();
    }

    public synchronized int waitingCount() {
        return waiting.size();
    }

    public synchronized int inFlightCount() {
        return inFlight;
    }

    private void drain() {
        while (true) {
            CompletableFuture<Permit> granted;
            synchronized (this) {
                if (waiting.isEmpty() || inFlight >= maxConcurrent) {
                    return;
                }
                long now = System.nanoTime();
                while (!startTimes.isEmpty() && now - startTimes.peekFirst() >= WINDOW_NANOS) {
                    startTimes.pollFirst();
                }
                long waitNanos = 0;
                if (pausedUntilNanos - now > 0) {
                    waitNanos = pausedUntilNanos - now;
                } else if (startTimes.size() >= perMinute) {
                    waitNanos = startTimes.peekFirst() + WINDOW_NANOS - now;
                }
                if (waitNanos > 0) {
                    scheduleDrain(waitNanos);
                    return;
                }
                granted = waiting.pollFirst();
                inFlight++;
                startTimes.addLast(now);
            }
            // completed outside the lock: the caller's continuation (sending the request) runs here
            if (!granted.complete(new Permit())) {
                // the caller gave up meanwhile; give the slot back without counting it
                synchronized (this) {
                    inFlight--;
                    startTimes.pollLast();
                }
            }
        }
    }

    private void scheduleDrain(long waitNanos) {
        if (drainScheduled) {
            return;
        }
        drainScheduled = true;
        timer.schedule(() -> {
            synchronized (this) {
                drainScheduled = false;
            }
            drain();
        }, waitNanos, TimeUnit.NANOSECONDS);
    }

    /** One started request; release it exactly once when its answer (or failure) arrived. */
    public final class Permit {
        private boolean released;

        public void release() {
            synchronized (AsyncRateLimiter.this) {
                if (released) {
                    return;
                }
                released = true;
                inFlight--;
            }
            drain();
        }
    }

    /** A limiter that never waits, for {@code rateLimiting=false}. */
    public static AsyncRateLimiter unlimited(ScheduledExecutorService timer) {
        return new AsyncRateLimiter(Integer.MAX_VALUE, Integer.MAX_VALUE, timer);
    }
}
