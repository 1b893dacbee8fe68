package io.camelspeech.component.job;

import io.camelspeech.component.support.Futures;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.camelspeech.component.SpeechProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for jobs without threads: each poll is a task on Camel's scheduler, and between polls a job is a future and
 * a timer entry. Thousands of jobs in flight cost thousands of map entries, not threads.
 */
public final class JobEngine {

    private static final Logger LOG = LoggerFactory.getLogger(JobEngine.class);
    /** Poll failures in a row (after the transport's own retries) before waiting is given up. */
    private static final int MAX_POLL_FAILURES = 5;

    private final ScheduledExecutorService scheduler;
    private final Set<Wait> waiting = ConcurrentHashMap.newKeySet();
    /** Waits by provider and job id, so a callback can end a wait before its next poll. */
    private final java.util.Map<String, Wait> byJob = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    public JobEngine(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Completes with the job in a final state; fails with {@link SpeechJobException} otherwise. */
    public CompletableFuture<SpeechJob> awaitFinal(SpeechJob job, JobPoller poller, PollSchedule schedule) {
        return awaitFinal(job, poller, schedule, schedule.intervalMillis());
    }

    /**
     * As above, with the first poll after {@code firstPollMillis}: when a callback is expected, polling is only the
     * fallback for a callback that is late.
     */
    public CompletableFuture<SpeechJob> awaitFinal(
            SpeechJob job, JobPoller poller, PollSchedule schedule, long firstPollMillis) {
        Wait wait = new Wait(job, poller, schedule);
        if (stopped) {
            wait.giveUp(SpeechJobException.Reason.STOPPED, "the component is stopped", null);
            return wait.result;
        }
        String key = key(job.provider(), job.id());
        waiting.add(wait);
        byJob.put(key, wait);
        wait.result.whenComplete((done, failure) -> {
            waiting.remove(wait);
            byJob.remove(key, wait);
        });
        wait.schedule(firstPollMillis);
        return wait.result;
    }

    /** Whether a route in this JVM is waiting for that job (it will be handed the completion itself). */
    public boolean isWaiting(String provider, String jobId) {
        return jobId != null && byJob.containsKey(key(provider, jobId));
    }

    /** A callback reported the job: a final state ends its wait now. */
    public boolean signal(SpeechJob job) {
        Wait wait = byJob.get(key(job.provider(), job.id()));
        if (wait == null || !job.state().isFinal()) {
            return false;
        }
        wait.finish(job);
        return true;
    }

    private static String key(String provider, String jobId) {
        return provider + ":" + jobId;
    }

    public int inFlight() {
        return waiting.size();
    }

    /** Ends every wait with its job in the exception: the provider goes on, the route can resume with getJob. */
    public void stop() {
        stopped = true;
        for (Wait wait : waiting) {
            wait.giveUp(SpeechJobException.Reason.STOPPED, "the component stopped while waiting", null);
        }
    }

    private final class Wait {
        private final JobPoller poller;
        private final PollSchedule schedule;
        private final long deadlineNanos;
        /** Since when the job runs: its submission when known (a resumed job), else the start of this wait. */
        private final long startedMillis;
        private final CompletableFuture<SpeechJob> result = new CompletableFuture<>();
        private volatile SpeechJob job;
        private int failures;

        Wait(SpeechJob job, JobPoller poller, PollSchedule schedule) {
            this.job = job;
            this.startedMillis = job.createdAt() != null ? job.createdAt().toEpochMilli() : System.currentTimeMillis();
            this.poller = poller;
            this.schedule = schedule;
            this.deadlineNanos = schedule.timeoutMillis() > 0
                    ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(schedule.timeoutMillis()) : Long.MAX_VALUE;
        }

        private long elapsedMillis() {
            return Math.max(0, System.currentTimeMillis() - startedMillis);
        }

        void schedule(long delayMillis) {
            if (result.isDone()) {
                return;
            }
            long remaining = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
            if (remaining <= 0) {
                giveUp(SpeechJobException.Reason.TIMEOUT, "jobTimeout of " + schedule.timeoutMillis() + " ms passed", null);
                return;
            }
            try {
                // the last poll falls on the deadline, so a job finishing just in time is still seen
                scheduler.schedule(() -> poll(delayMillis), Math.min(delayMillis, remaining), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                giveUp(SpeechJobException.Reason.STOPPED, stopped ? "the component stopped while waiting"
                        : "the scheduler refused the next poll: " + e.getMessage(), e);
            }
        }

        private void poll(long lastDelay) {
            if (result.isDone()) {
                return;
            }
            CompletableFuture<SpeechJob> polled;
            try {
                polled = poller.poll(job);
            } catch (RuntimeException e) {
                polled = CompletableFuture.failedFuture(e);
            }
            polled.whenComplete((current, failure) -> {
                if (failure != null) {
                    onPollFailure(Futures.cause(failure), lastDelay);
                    return;
                }
                failures = 0;
                if (!current.state().isFinal()) {
                    job = current;
                    schedule(schedule.next(elapsedMillis()));
                } else {
                    finish(current);
                }
            });
        }

        void finish(SpeechJob current) {
            job = current;
            if (current.state() == JobState.COMPLETED) {
                result.complete(current);
            } else {
                SpeechJobException.Reason reason = current.state() == JobState.CANCELED
                        ? SpeechJobException.Reason.CANCELED : SpeechJobException.Reason.FAILED;
                giveUp(reason, current.error() != null ? current.error() : "provider state " + current.providerState(),
                        null);
            }
        }

        private void onPollFailure(Throwable failure, long lastDelay) {
            boolean transientFailure = !(failure instanceof SpeechProviderException e) || e.isRetryable();
            if (transientFailure && ++failures < MAX_POLL_FAILURES) {
                LOG.debug("Polling {} job {} failed ({}); trying again", job.provider(), job.id(), failure.toString());
                schedule(schedule.next(elapsedMillis()));
            } else {
                giveUp(SpeechJobException.Reason.POLLING_FAILED, "polling failed: " + failure.getMessage(), failure);
            }
        }

        void giveUp(SpeechJobException.Reason reason, String why, Throwable cause) {
            SpeechJob current = job;
            result.completeExceptionally(new SpeechJobException(current, reason, current.provider() + " job "
                    + current.id() + " " + reason.name().toLowerCase().replace('_', ' ') + ": " + why
                    + (reason == SpeechJobException.Reason.FAILED || reason == SpeechJobException.Reason.CANCELED
                            ? "" : " (the job may still finish at the provider; resume with getJob)"), cause));
        }
    }
}
