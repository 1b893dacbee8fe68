package io.camelspeech.component.job;

/** One job lifecycle for every provider; each provider's own state is kept beside it as {@code providerState}. */
public enum JobState {
    SUBMITTED,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELED;
    }
}
