package io.camelspeech.sandbox.spi;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The scripted fates of the next jobs of each job-based provider, first in first out, and how many jobs each has
 * created. Provider modules take a fate for every job they create; thread-safe.
 */
public final class JobFates {

    private final Set<String> providers;
    private final Map<String, Deque<JobFate>> scripted = new HashMap<>();
    private final Map<String, Integer> created = new HashMap<>();

    public JobFates(Collection<String> providers) {
        this.providers = Set.copyOf(new LinkedHashSet<>(providers));
    }

    /** The next job created at {@code provider} gets this fate (after the fates scripted before it). */
    public synchronized void script(String provider, JobFate fate) {
        scripted.computeIfAbsent(known(provider), name -> new ArrayDeque<>()).addLast(fate);
    }

    /** Counts a job just created and returns its fate: the first scripted one, else a normal end. */
    public synchronized JobFate next(String provider) {
        created.merge(known(provider), 1, Integer::sum);
        Deque<JobFate> queue = scripted.get(provider);
        return queue == null || queue.isEmpty() ? JobFate.SUCCEED : queue.removeFirst();
    }

    public synchronized int created(String provider) {
        return created.getOrDefault(known(provider), 0);
    }

    /** Forgets scripted fates and counts; jobs already created keep theirs. */
    public synchronized void clear() {
        scripted.clear();
        created.clear();
    }

    public Set<String> providers() {
        return providers;
    }

    private String known(String provider) {
        if (!providers.contains(provider)) {
            throw new IllegalArgumentException("no jobs at provider '" + provider + "'; providers with jobs: "
                    + providers.stream().sorted().toList());
        }
        return provider;
    }
}
