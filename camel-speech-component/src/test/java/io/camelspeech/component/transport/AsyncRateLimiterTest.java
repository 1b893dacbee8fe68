package io.camelspeech.component.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncRateLimiterTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void grantsNoMoreThanTheConcurrentLimitAndReleasesInOrder() {
        AsyncRateLimiter limiter = new AsyncRateLimiter(1000, 2, timer);
        List<CompletableFuture<AsyncRateLimiter.Permit>> tickets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tickets.add(limiter.acquire());
        }
        assertThat(tickets).filteredOn(CompletableFuture::isDone).hasSize(2);
        assertThat(limiter.waitingCount()).isEqualTo(3);

        tickets.get(0).join().release();
        tickets.get(0).join().release(); // a second release of the same permit changes nothing
        assertThat(tickets.get(2)).isDone();
        assertThat(tickets.get(3)).isNotDone();
        assertThat(limiter.inFlightCount()).isEqualTo(2);
    }

    @Test
    void grantsNoMoreThanThePerMinuteLimitInAnyRollingMinute() {
        AsyncRateLimiter limiter = new AsyncRateLimiter(3, 100, timer);
        List<CompletableFuture<AsyncRateLimiter.Permit>> tickets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tickets.add(limiter.acquire());
        }
        tickets.stream().filter(CompletableFuture::isDone).forEach(t -> t.join().release());
        assertThat(tickets).filteredOn(CompletableFuture::isDone).hasSize(3);
        assertThat(tickets.get(3)).as("the fourth waits for the window, not for a release").isNotDone();
    }

    @Test
    void aPauseFromTheProviderHoldsBackNewRequestsWithoutAThread() throws Exception {
        AsyncRateLimiter limiter = new AsyncRateLimiter(1000, 10, timer);
        limiter.pauseFor(300);
        long start = System.nanoTime();
        CompletableFuture<AsyncRateLimiter.Permit> ticket = limiter.acquire();
        assertThat(ticket).isNotDone();
        ticket.get(2, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(250);
    }
}
