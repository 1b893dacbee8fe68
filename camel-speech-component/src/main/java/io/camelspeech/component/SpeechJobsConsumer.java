package io.camelspeech.component;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.PollSchedule;
import io.camelspeech.component.job.JobTracker;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.provider.JobTracking;
import io.camelspeech.component.provider.SpeechCall;
import io.camelspeech.component.provider.SpeechProvider;
import io.camelspeech.component.provider.SpeechResult;
import io.camelspeech.component.store.JobRecord;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import io.camelspeech.component.health.SpeechJobsHealthCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("speech:<provider>:jobs")}: one exchange per finished job of the provider, with the body and headers the
 * producer's own wait gives (a failed job arrives with its SpeechJob and CamelSpeechJobState FAILED). Completions come
 * by callback (emitted at once) or by polling the job store's pending jobs: unfinished jobs are polled at the
 * provider, late callbacks included. A job is claimed (leased) before it is polled or emitted, and marked emitted
 * only once its exchange succeeded, so instances sharing a store split the work and each completion is emitted once.
 */
public class SpeechJobsConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(SpeechJobsConsumer.class);
    /**
     * Job options the consumer itself reads, whatever the provider's operations: how often a job is asked about, and
     * how long a job that cannot be asked (TTS.ai webhook tasks) may wait for its callback.
     */
    static final Set<String> OPTIONS_READ = Set.of("pollInterval", "jobTimeout");

    /** References this instance is polling or emitting right now. */
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
    /** When this instance last asked the provider about a job: polls are paced here, not by writing the record. */
    private final java.util.Map<String, Instant> lastPolled = new ConcurrentHashMap<>();
    /** Emits what callbacks finished, off the HTTP server's threads: the route may take its time. */
    private ExecutorService callbackEmitter;

    public SpeechJobsConsumer(SpeechEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public SpeechEndpoint getEndpoint() {
        return (SpeechEndpoint) super.getEndpoint();
    }

    /** Camel's own check of the polls, extended by the provider, the job store and the oldest pending job. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (getEndpoint().getComponent().isHealthCheckConsumerEnabled()) {
            setHealthCheck(new SpeechJobsHealthCheck(getEndpoint(), getRouteId(), getHealthCheck()));
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        callbackEmitter = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newSingleThreadExecutor(this, "SpeechJobsCallbacks");
        getEndpoint().getComponent().addJobsConsumer(this);
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getComponent().removeJobsConsumer(this);
        if (callbackEmitter != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(callbackEmitter);
            callbackEmitter = null;
        }
        super.doStop();
    }

    @Override
    protected int poll() {
        JobTracker tracker = getEndpoint().getComponent().tracker();
        int started = 0;
        for (JobRecord record : tracker.store().pending(getEndpoint().getProvider())) {
            if (record.state() == JobState.SUBMITTING && record.jobId() == null) {
                // a submission without an answer: recovered unless this JVM is sending it right now
                if (tracker.inFlight(record.reference()).isEmpty() && leaseIsFree(record) && begin(record)) {
                    started++;
                    recover(record);
                }
                continue;
            }
            if (tracker.engine().isWaiting(record.provider(), record.jobId())) {
                continue; // a route of this instance is waiting for it and takes the completion itself
            }
            if (!record.isFinal() && (expectsCallback(record) && !callbackIsLate(record) || !dueForPoll(record))) {
                continue;
            }
            if (begin(record)) {
                started++;
                advance(record, "poll");
            }
        }
        return started;
    }

    /** Asks the provider what became of a submission whose answer was lost, and reports what cannot be followed. */
    private void recover(JobRecord record) {
        JobTracker tracker = getEndpoint().getComponent().tracker();
        Exchange scratch = createExchange(true);
        SpeechCall call = call(scratch, record);
        Duration lease = Duration.ofMillis(getEndpoint().getConfiguration().getLeaseDuration());
        tracker.recover(record, lease, pending -> getEndpoint().speechProvider().recoverSubmission(call, pending))
                .whenComplete((recovered, failure) -> {
                    releaseExchange(scratch, false);
                    if (failure != null) {
                        LOG.debug("Recovering {} submission {} failed: {}", record.provider(), record.reference(),
                                failure.toString());
                        inProgress.remove(record.reference());
                        return;
                    }
                    if (tracker.store().findByReference(record.reference()).map(JobRecord::emitted).orElse(true)) {
                        inProgress.remove(record.reference()); // settled and reported elsewhere meanwhile
                        return;
                    }
                    switch (recovered.outcome()) {
                        case FOUND -> inProgress.remove(record.reference()); // followed from the next scan on
                        case UNKNOWN -> emit(record, recovered.job(), "recovery");
                        case NOT_SUBMITTED -> {
                            JobRecord retired = tracker.retire(record, JobState.FAILED, "never reached "
                                    + record.provider() + " (the application stopped before it was sent): nothing was"
                                    + " paid; send the input again");
                            emit(retired, JobTracker.jobOf(retired), "recovery");
                        }
                        default -> inProgress.remove(record.reference());
                    }
                });
    }

    private static boolean leaseIsFree(JobRecord record) {
        return record.leaseUntil() == null || !record.leaseUntil().isAfter(Instant.now());
    }

    /** Called by the component when a callback finished a job nobody in this JVM was waiting for. */
    /** Asks the provider about the job now instead of at its next paced poll (JMX resumeJob); false when busy or stopped. */
    boolean resumeNow(JobRecord record) {
        if (!isRunAllowed() || isSuspended() || !begin(record)) {
            return false;
        }
        lastPolled.remove(record.reference());
        callbackEmitter.execute(() -> advance(record, "poll"));
        return true;
    }

    void finishedByCallback(JobRecord record) {
        if (!isRunAllowed() || isSuspended()) {
            return; // the next poll picks it up
        }
        callbackEmitter.execute(() -> {
            if (begin(record)) {
                advance(record, "callback");
            }
        });
    }

    private boolean begin(JobRecord record) {
        if (!inProgress.add(record.reference())) {
            return false;
        }
        JobTracker tracker = getEndpoint().getComponent().tracker();
        Duration lease = Duration.ofMillis(getEndpoint().getConfiguration().getLeaseDuration());
        if (!tracker.store().claim(record.reference(), tracker.owner(), lease)) {
            inProgress.remove(record.reference());
            return false;
        }
        return true;
    }

    private void advance(JobRecord stale, String completedBy) {
        JobTracker tracker = getEndpoint().getComponent().tracker();
        JobRecord record = tracker.store().findByReference(stale.reference()).orElse(stale);
        if (record.emitted()) {
            inProgress.remove(record.reference());
            return;
        }
        SpeechJob job = JobTracker.jobOf(record);
        if (record.isFinal()) {
            // an UNKNOWN outcome was found by recovering a lost submission (by this consumer or a producer)
            String how = record.state() == JobState.UNKNOWN ? "recovery" : completedBy;
            emit(record, job, String.valueOf(job.details().getOrDefault("completedBy", how)));
            return;
        }
        SpeechOperation operation = SpeechOperation.valueOf(record.operation());
        if (!getEndpoint().speechProvider().pollsJobs(operation)) {
            long timeout = getEndpoint().getConfiguration().getJobTimeout();
            if (record.createdAt().plusMillis(timeout).isBefore(Instant.now())) {
                // the provider cannot be asked and its callback never came: reported, never pending forever
                SpeechJob timedOut = job.update(JobState.FAILED, "TIMEOUT", null, "TIMEOUT: no callback from "
                        + record.provider() + " for task " + job.id() + " within jobTimeout (" + timeout + " ms)", null);
                tracker.updated(record.reference(), timedOut);
                emit(record, timedOut, "timeout");
            } else {
                inProgress.remove(record.reference());
            }
            return;
        }
        lastPolled.put(record.reference(), Instant.now());
        Exchange scratch = createExchange(true);
        SpeechCall call = call(scratch, record);
        CompletableFuture<SpeechJob> polled;
        try {
            polled = getEndpoint().speechProvider().pollJob(call, job);
        } catch (RuntimeException e) {
            polled = CompletableFuture.failedFuture(e);
        }
        polled.whenComplete((current, failure) -> {
            releaseExchange(scratch, false);
            if (failure != null) {
                LOG.debug("Polling {} job {} failed: {}", record.provider(), record.jobId(), failure.toString());
                inProgress.remove(record.reference());
            } else if (current.state().isFinal()) {
                tracker.updated(record.reference(), current);
                // the poll may have waited in the rate limiter: only emit while still holding the lease
                if (renewLease(record)) {
                    emit(record, current, "poll");
                } else {
                    inProgress.remove(record.reference());
                }
            } else {
                tracker.updated(record.reference(), current);
                inProgress.remove(record.reference());
            }
        });
    }

    private void emit(JobRecord record, SpeechJob job, String completedBy) {
        Exchange exchange = createExchange(false);
        SpeechCall call = call(exchange, record);
        SpeechProvider provider = getEndpoint().speechProvider();
        CompletableFuture<SpeechResult> result;
        try {
            result = job.state() == JobState.COMPLETED ? provider.jobResult(call, job)
                    : CompletableFuture.completedFuture(failedJob(job));
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        result.whenComplete((done, failure) -> {
            if (failure != null) {
                // e.g. the result could not be downloaded: try again at the next poll
                LOG.warn("Cannot get the result of {} job {}: {}", record.provider(), record.jobId(), failure.toString());
                releaseExchange(exchange, false);
                inProgress.remove(record.reference());
                return;
            }
            exchange.getMessage().setBody(done.body());
            exchange.getMessage().getHeaders().putAll(done.headers());
            exchange.getMessage().setHeader(SpeechConstants.PROVIDER, record.provider());
            exchange.getMessage().setHeader(SpeechConstants.JOB_REFERENCE, record.reference());
            exchange.getMessage().setHeader(SpeechConstants.COMPLETED_BY, completedBy);
            getAsyncProcessor().process(exchange, doneSync -> {
                try {
                    if (exchange.getException() == null) {
                        getEndpoint().getComponent().tracker().delivered(record.reference());
                        lastPolled.remove(record.reference());
                    } else {
                        getExceptionHandler().handleException("Processing the completion of " + record.provider()
                                + " job " + record.jobId() + " failed; it is emitted again later", exchange,
                                exchange.getException());
                    }
                } finally {
                    releaseExchange(exchange, false);
                    inProgress.remove(record.reference());
                }
            });
        });
    }

    private static SpeechResult failedJob(SpeechJob job) {
        SpeechResult result = new SpeechResult(job);
        job.resultHeaders().forEach(result::header);
        return result;
    }

    private SpeechCall call(Exchange exchange, JobRecord record) {
        SpeechOperation operation = SpeechOperation.valueOf(record.operation());
        JobTracker tracker = getEndpoint().getComponent().tracker();
        SpeechConfiguration config = getEndpoint().getConfiguration();
        JobTracking tracking = new JobTracking(tracker, record.reference(), null, null, record.idempotencyKey(),
                config.getIdempotencyRetention(), config.getCallbackGracePeriod(), config.getLeaseDuration());
        return getEndpoint().newCall(exchange, operation, tracking);
    }

    private boolean renewLease(JobRecord record) {
        JobTracker tracker = getEndpoint().getComponent().tracker();
        return tracker.store().claim(record.reference(), tracker.owner(),
                Duration.ofMillis(getEndpoint().getConfiguration().getLeaseDuration()));
    }

    /** Each job is asked about at most every pollInterval, however often the consumer scans the store. */
    /** The same pacing as a waiting producer's: a share of the job's running time (see PollSchedule). */
    private boolean dueForPoll(JobRecord record) {
        SpeechConfiguration config = getEndpoint().getConfiguration();
        PollSchedule schedule = new PollSchedule(config.getPollInterval(), config.getMaxPollInterval(),
                PollSchedule.RATIO, config.getJobTimeout());
        Instant now = Instant.now();
        Instant last = lastPolled.get(record.reference());
        if (last == null) {
            last = record.updatedAt();
        }
        long elapsed = record.createdAt() == null ? 0 : Duration.between(record.createdAt(), now).toMillis();
        return last == null || !last.plusMillis(schedule.next(elapsed)).isAfter(now);
    }

    private boolean expectsCallback(JobRecord record) {
        return record.tokenHash() != null;
    }

    /** Callbacks can be lost: after the grace period a job that promised one is polled like any other. */
    private boolean callbackIsLate(JobRecord record) {
        long grace = getEndpoint().getConfiguration().getCallbackGracePeriod();
        return record.updatedAt() == null || record.updatedAt().plusMillis(grace).isBefore(Instant.now());
    }
}
