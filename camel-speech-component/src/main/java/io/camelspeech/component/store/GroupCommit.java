package io.camelspeech.component.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Durable saves without a thread waiting for each fsync: a save is queued and its future completes once it is
 * durable. One writer thread takes every record waiting at that moment and hands them to
 * {@link JobStore#saveAll} together, so a burst of N submissions costs a handful of fsyncs (or commits), not N.
 */
public final class GroupCommit implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GroupCommit.class);
    /** A bound on one batch, so one write never holds a huge transaction or journal append. */
    private static final int MAX_BATCH = 1000;

    private record Pending(JobRecord record, CompletableFuture<Void> durable) {
    }

    private final JobStore store;
    private final java.util.concurrent.Executor completions;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final LongAdder batches = new LongAdder();
    private final LongAdder records = new LongAdder();
    private volatile boolean closed;

    public GroupCommit(JobStore store, String threadName) {
        this(store, threadName, Runnable::run);
    }

    /**
     * {@code completions} runs what follows a durable save (the paid request, the rest of the route), so that it
     * never runs on, and never holds up, the one writer thread.
     */
    public GroupCommit(JobStore store, String threadName, java.util.concurrent.Executor completions) {
        this.store = Objects.requireNonNull(store, "store");
        this.completions = Objects.requireNonNull(completions, "completions");
        this.writer = new Thread(this::run, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    /** Completes when the record is durable in the store; fails with the store's exception. */
    public CompletableFuture<Void> save(JobRecord record) {
        JobRecords.requireValid(record);
        CompletableFuture<Void> durable = new CompletableFuture<>();
        if (closed) {
            durable.completeExceptionally(new JobStoreException("The job store's writer is closed", null));
            return durable;
        }
        queue.add(new Pending(record, durable));
        return durable;
    }

    /** Batches written so far (each one durable write of the store). */
    public long batches() {
        return batches.sum();
    }

    public long records() {
        return records.sum();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        List<JobRecord> toSave = new ArrayList<>(batch.size());
        batch.forEach(pending -> toSave.add(pending.record()));
        try {
            store.saveAll(toSave);
            batches.increment();
            records.add(toSave.size());
        } catch (RuntimeException e) {
            LOG.warn("Saving {} job records failed: {}", toSave.size(), e.toString());
            batch.forEach(pending -> completeLater(() -> pending.durable().completeExceptionally(e), pending));
            return;
        }
        batch.forEach(pending -> completeLater(() -> pending.durable().complete(null), pending));
    }

    private void completeLater(Runnable completion, Pending pending) {
        try {
            completions.execute(completion);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            completion.run();
        }
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.durable().completeExceptionally(new JobStoreException("The job store's writer is closed", null));
        }
    }
}
