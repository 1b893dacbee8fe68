package io.camelspeech.sandbox.tencent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The trained models: the seeded ones, and those of type-2 outputs whose job has COMPLETED, computed from the jobs
 * whenever asked (a model appears when its job completes, even if nobody polled the job).
 */
final class ModelCatalog {

    /** A listed model; {@code createdAt} in epoch milliseconds. */
    record Model(String name, long createdAt) {
    }

    private final List<Model> seeds;
    private final TencentJobs jobs;

    ModelCatalog(int seedCount, TencentJobs jobs) {
        this.seeds = seeds(seedCount);
        this.jobs = jobs;
    }

    /** The models as ListModels shows them, oldest first. */
    List<Model> modelsAt(long nowMillis) {
        List<Model> models = new ArrayList<>(seeds);
        for (TencentJob job : jobs.trainings()) {
            TencentJob.Snapshot snapshot = job.at(nowMillis);
            if (snapshot.state() == TencentJob.COMPLETED) {
                job.request().outputSpecs().stream().filter(OutputSpec::trains)
                        .forEach(spec -> models.add(new Model(spec.modelName(), snapshot.completedAt())));
            }
        }
        models.sort(Comparator.comparingLong(Model::createdAt).thenComparing(Model::name));
        return models;
    }

    /** True for {@code default} and for every listed model: what a type-1 output may use. */
    boolean usable(String name, long nowMillis) {
        return name.equals(TencentAssumptions.DEFAULT_MODEL)
                || modelsAt(nowMillis).stream().anyMatch(model -> model.name().equals(name));
    }

    /** True when a type-2 output may not take this name: it exists, or a job that has not failed trains it. */
    boolean taken(String name, long nowMillis) {
        if (name.equals(TencentAssumptions.DEFAULT_MODEL) || seeds.stream().anyMatch(model -> model.name().equals(name))) {
            return true;
        }
        for (TencentJob job : jobs.trainings()) {
            boolean trainsIt = job.request().outputSpecs().stream()
                    .anyMatch(spec -> spec.trains() && spec.modelName().equals(name));
            if (trainsIt && !job.failedAt(nowMillis)) {
                return true;
            }
        }
        return false;
    }

    private static List<Model> seeds(int count) {
        List<Model> seeds = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = i < TencentAssumptions.SEED_MODEL_NAMES.size()
                    ? TencentAssumptions.SEED_MODEL_NAMES.get(i)
                    : String.format(Locale.ROOT, "seed_model_%03d", i + 1);
            seeds.add(new Model(name, TencentAssumptions.SEED_EPOCH_MILLIS + i * TencentAssumptions.SEED_SPACING_MILLIS));
        }
        return List.copyOf(seeds);
    }
}
