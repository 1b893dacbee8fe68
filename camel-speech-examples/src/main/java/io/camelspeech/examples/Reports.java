package io.camelspeech.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.SpeechProviderException;
import io.camelspeech.component.SpeechValidationException;
import io.camelspeech.component.job.SpeechJobException;
import org.apache.camel.Exchange;

/** The JSON written beside every result (a sidecar) and beside every failed input (the reason). */
final class Reports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {
    }

    /** Provider, operation, job, credits and timings of a result, as sidecar JSON or S3 object metadata. */
    static Map<String, String> resultFacts(Exchange exchange, String useCase, String operation, long elapsedMillis) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("useCase", useCase);
        facts.put("input", inputName(exchange));
        put(facts, "provider", exchange.getMessage().getHeader(SpeechConstants.PROVIDER));
        facts.put("operation", operation);
        put(facts, "jobId", exchange.getMessage().getHeader(SpeechConstants.JOB_ID));
        put(facts, "jobState", exchange.getMessage().getHeader(SpeechConstants.JOB_STATE));
        put(facts, "creditsUsed", exchange.getMessage().getHeader(SpeechConstants.CREDITS_USED));
        put(facts, "creditsRemaining", exchange.getMessage().getHeader(SpeechConstants.CREDITS_REMAINING));
        facts.put("elapsedMs", String.valueOf(elapsedMillis));
        facts.put("finishedAt", Instant.now().toString());
        return facts;
    }

    static void writeSidecar(Path result, Map<String, String> facts) {
        Map<String, String> all = new LinkedHashMap<>(facts);
        all.put("result", result.getFileName().toString());
        write(result.resolveSibling(result.getFileName() + ".json"), all);
    }

    /** {@code <input>.error.json} in the error folder: what failed and why, in words a person can act on. */
    static void writeError(Path errorFolder, Exchange exchange, String useCase) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("useCase", useCase);
        report.put("input", inputName(exchange));
        report.put("failedAt", Instant.now().toString());
        report.put("reason", failure == null ? "unknown" : failure.getMessage());
        report.put("exception", failure == null ? null : failure.getClass().getName());
        if (failure instanceof SpeechValidationException invalid) {
            report.put("subject", invalid.getSubject());
        }
        if (failure instanceof SpeechProviderException provider) {
            report.put("provider", provider.getProvider());
            report.put("status", provider.getStatusCode());
            report.put("errorCode", provider.getErrorCode());
            report.put("retryable", provider.isRetryable());
        }
        if (failure instanceof SpeechJobException job && job.getJob() != null) {
            report.put("jobId", job.getJob().id());
            report.put("jobReason", job.getReason().name());
        }
        write(errorFolder.resolve(inputName(exchange) + ".error.json"), report);
    }

    static String inputName(Exchange exchange) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (name == null) {
            name = exchange.getMessage().getHeader("CamelAwsS3Key", String.class);
        }
        return name == null ? exchange.getExchangeId() : name.substring(name.lastIndexOf('/') + 1);
    }

    private static void put(Map<String, String> facts, String name, Object value) {
        if (value != null) {
            facts.put(name, String.valueOf(value));
        }
    }

    /** Written aside and moved in, so a reader never sees half a report. */
    private static void write(Path target, Object content) {
        try {
            Files.createDirectories(target.getParent());
            Path staging = target.resolveSibling("." + target.getFileName() + ".part");
            JSON.writeValue(staging.toFile(), content);
            Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
