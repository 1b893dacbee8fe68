package io.camelspeech.component.store;

/** A job store could not read or write its storage (disk or database); the message names the path or table. */
public class JobStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
