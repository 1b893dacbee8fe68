package io.camelspeech.sandbox.tencent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every job by id and in creation order, and the jobs that train models; a job costs a map and queue entry. */
final class TencentJobs {

    private final Map<String, TencentJob> byId = new ConcurrentHashMap<>();
    private final Queue<TencentJob> inOrder = new ConcurrentLinkedQueue<>();
    private final Queue<TencentJob> trainings = new ConcurrentLinkedQueue<>();

    void add(TencentJob job) {
        byId.put(job.id(), job);
        inOrder.add(job);
        if (job.request().outputSpecs().stream().anyMatch(OutputSpec::trains)) {
            trainings.add(job);
        }
    }

    Optional<TencentJob> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Jobs with this customId, oldest first (a customId need not be unique). */
    List<TencentJob> withCustomId(String customId) {
        return inOrder.stream().filter(job -> customId.equals(job.customId())).toList();
    }

    Iterable<TencentJob> trainings() {
        return trainings;
    }
}
