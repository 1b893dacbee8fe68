package io.camelspeech.component.provider;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.camelspeech.component.job.JobTracker;

/**
 * The bookkeeping of one job submission: this application's reference (known before the provider answers), the
 * secret token of its callback URL, that URL when callbacks are on, the idempotency key of the input, the timings
 * that apply to it (idempotency retention, callback grace, the lease this instance holds while it works on it), and,
 * while a submission is being made, its write-ahead record, written once before the first request leaves.
 */
public record JobTracking(JobTracker tracker, String reference, String token, String callbackUrl, String idempotencyKey,
        long retentionMillis, long callbackGraceMillis, long leaseMillis, WriteAhead writeAhead) {

    public JobTracking(JobTracker tracker, String reference, String token, String callbackUrl, String idempotencyKey,
                       long retentionMillis, long callbackGraceMillis, long leaseMillis) {
        this(tracker, reference, token, callbackUrl, idempotencyKey, retentionMillis, callbackGraceMillis, leaseMillis,
                null);
    }

    public JobTracking withIdempotencyKey(String key) {
        return new JobTracking(tracker, reference, token, callbackUrl, key, retentionMillis, callbackGraceMillis,
                leaseMillis, writeAhead);
    }

    /** The same bookkeeping for an earlier submission of the same input, which this call resumes. */
    public JobTracking resuming(String earlierReference) {
        return new JobTracking(tracker, earlierReference, null, null, idempotencyKey, retentionMillis,
                callbackGraceMillis, leaseMillis, null);
    }

    public JobTracking withWriteAhead(Supplier<CompletableFuture<Void>> write) {
        return new JobTracking(tracker, reference, token, callbackUrl, idempotencyKey, retentionMillis,
                callbackGraceMillis, leaseMillis, new WriteAhead(write));
    }

    public Duration lease() {
        return Duration.ofMillis(leaseMillis);
    }

    /** The write-ahead of one submission: done by the first request that leaves, the same future for the others. */
    public static final class WriteAhead implements Supplier<CompletableFuture<Void>> {

        private final Supplier<CompletableFuture<Void>> write;
        private final AtomicReference<CompletableFuture<Void>> written = new AtomicReference<>();

        WriteAhead(Supplier<CompletableFuture<Void>> write) {
            this.write = write;
        }

        @Override
        public CompletableFuture<Void> get() {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            if (written.compareAndSet(null, mine)) {
                write.get().whenComplete((done, failure) -> {
                    if (failure != null) {
                        mine.completeExceptionally(failure);
                    } else {
                        mine.complete(null);
                    }
                });
            }
            return written.get();
        }

        /** Whether the record was (or is being) written: a request may have left. */
        public boolean started() {
            return written.get() != null;
        }
    }
}
