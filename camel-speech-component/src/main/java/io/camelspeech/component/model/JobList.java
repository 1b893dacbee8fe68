package io.camelspeech.component.model;

import java.util.List;

import io.camelspeech.component.job.SpeechJob;

/** Jobs found by a listJobs lookup, and how many the provider counts. */
public record JobList(List<SpeechJob> jobs, Integer total) implements SpeechJsonBody {

    @Override
    public String toString() {
        return SpeechJson.write(this);
    }
}
