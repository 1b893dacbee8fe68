package io.camelspeech.component.job;

/** One job lifecycle for every provider; each provider's own state is kept beside it as {@code providerState}. */
public enum JobState {
    /** recorded before the create request left: the provider may or may not have the job (write-ahead) */
    SUBMITTING,
    SUBMITTED,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELED,
    /**
     * the create request may have reached the provider, but its answer was lost (a crash) and the provider offers no
     * way to find the job again: never re-sent by itself, reported so a route decides
     */
    UNKNOWN;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELED || this == UNKNOWN;
    }
}
