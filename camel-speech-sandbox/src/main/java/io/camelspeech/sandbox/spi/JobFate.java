package io.camelspeech.sandbox.spi;

import java.util.Objects;

/**
 * How a job will end, decided when it is created: normally, in the provider's failed state with a reason, or never
 * (it stays running). Tests script the next fates through {@code SpeechSandbox.jobs()}.
 *
 * @param reason the failure message, null unless the outcome is {@link Outcome#FAIL}
 */
public record JobFate(Outcome outcome, String reason) {

    /** The three ways a job can end. */
    public enum Outcome { SUCCEED, FAIL, STALL }

    public static final JobFate SUCCEED = new JobFate(Outcome.SUCCEED, null);
    public static final JobFate STALL = new JobFate(Outcome.STALL, null);

    public JobFate {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.FAIL) != (reason != null)) {
            throw new IllegalArgumentException("a reason goes with a failure, and only with one");
        }
    }

    public static JobFate fail(String reason) {
        return new JobFate(Outcome.FAIL, Objects.requireNonNull(reason, "reason"));
    }

    public boolean fails() {
        return outcome == Outcome.FAIL;
    }

    public boolean stalls() {
        return outcome == Outcome.STALL;
    }
}
