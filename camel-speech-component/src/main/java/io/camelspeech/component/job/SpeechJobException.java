package io.camelspeech.component.job;

import org.apache.camel.RuntimeCamelException;

/**
 * A job that did not give a result: it failed or was canceled at the provider, or the route stopped waiting (timeout,
 * stopping context). The job is never lost: {@link #getJob()} has its id, and the exchange carries
 * {@code CamelSpeechJobId}, so a route can pick it up again with {@code getJob}.
 */
public class SpeechJobException extends RuntimeCamelException {

    /** Why no result came. */
    public enum Reason {
        /** the provider reports the job failed */
        FAILED,
        /** the provider reports the job canceled */
        CANCELED,
        /** jobTimeout passed; the job may still be running at the provider */
        TIMEOUT,
        /** the component stopped while waiting; the job may still be running at the provider */
        STOPPED,
        /** polling kept failing; the job may still be running at the provider */
        POLLING_FAILED,
        /**
         * an earlier submission of the same input may have reached the provider, but its answer was lost and the
         * provider cannot be asked; not re-sent (option onUnknownSubmission), the job reference is in the headers
         */
        UNKNOWN_SUBMISSION
    }

    private final SpeechJob job;
    private final Reason reason;
    private final String reference;

    public SpeechJobException(SpeechJob job, Reason reason, String message, Throwable cause) {
        this(job, reason, message, cause, null);
    }

    /** {@code reference}: this application's reference of the submission (CamelSpeechJobReference). */
    public SpeechJobException(SpeechJob job, Reason reason, String message, Throwable cause, String reference) {
        super(message, cause);
        this.job = job;
        this.reason = reason;
        this.reference = reference;
    }

    /** This application's reference of the submission, when known (the job id may not be). */
    public String getReference() {
        return reference;
    }

    public SpeechJob getJob() {
        return job;
    }

    public Reason getReason() {
        return reason;
    }
}
