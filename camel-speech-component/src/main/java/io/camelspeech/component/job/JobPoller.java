package io.camelspeech.component.job;

import java.util.concurrent.CompletableFuture;

/** Asks the provider once how a job is doing: the provider-specific half of waiting. */
@FunctionalInterface
public interface JobPoller {

    CompletableFuture<SpeechJob> poll(SpeechJob job);
}
