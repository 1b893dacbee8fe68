package io.camelspeech.component.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.job.SpeechJobException;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kill tests' child apps write when an input fails: {@code <errors>/<input>.reason.txt}, one block per
 * failure, appended — exception, SpeechJobException reason, job reference and id, whether the outbox file already
 * existed, message. The tests read the blocks back line by line ({@code name: value}).
 */
final class FailureReport {

    static final String REASON_SUFFIX = ".reason.txt";

    private static final Logger LOG = LoggerFactory.getLogger(FailureReport.class);

    private FailureReport() {
    }

    /** {@code who} says which process (and instance) failed it. */
    static void append(Path errors, String who, Exchange exchange) throws IOException {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure == null) {
            failure = exchange.getException();
        }
        SpeechJobException jobFailure = null;
        for (Throwable t = failure; t != null && jobFailure == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SpeechJobException e) {
                jobFailure = e;
            }
        }
        String input = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (input == null) {
            input = "unknown-input-" + System.nanoTime();
        }
        String message = failure == null ? "" : String.valueOf(failure.getMessage()).replaceAll("[\\r\\n]+", " ");
        // the route's own outbox write refused a second copy (fileExist=Fail)
        boolean outboxExists = failure instanceof GenericFileOperationFailedException
                               && message.toLowerCase().contains("already exist");
        String reference = exchange.getMessage().getHeader(SpeechConstants.JOB_REFERENCE, String.class);
        if ((reference == null || reference.isEmpty()) && jobFailure != null && jobFailure.getReference() != null) {
            reference = jobFailure.getReference();
        }
        String block = "--- " + Instant.now() + " " + who + " pid " + ProcessHandle.current().pid() + "\n"
                       + "exception: " + (failure == null ? "" : failure.getClass().getName()) + "\n"
                       + "reason: " + (jobFailure == null ? "" : jobFailure.getReason().name()) + "\n"
                       + "reference: " + (reference == null ? "" : reference) + "\n"
                       + "jobId: " + exchange.getMessage().getHeader(SpeechConstants.JOB_ID, "", String.class) + "\n"
                       + "outboxExists: " + outboxExists + "\n"
                       + "message: " + message + "\n";
        Files.createDirectories(errors);
        Files.writeString(errors.resolve(input + REASON_SUFFIX), block, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        LOG.warn("Input {} failed: {}", input, block.replace('\n', ' '));
    }
}
