package io.camelspeech.sandbox.ttsai;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.sandbox.spi.ReceivedFile;
import io.camelspeech.sandbox.spi.RequestPayload;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of one request, from a JSON object or from multipart fields alike, checked against the
 * documented rules; every violation ends the request with the documented error naming the field.
 */
final class Params {

    private final RequestPayload payload;
    private final String endpoint;
    private final long maxUploadOverride;

    Params(RequestPayload payload, String endpoint, long maxUploadOverride) {
        this.payload = payload;
        this.endpoint = endpoint;
        this.maxUploadOverride = maxUploadOverride;
    }

    void requireJsonBody() {
        JsonNode json = payload.json();
        if (json == null || !json.isObject()) {
            throw TtsAiException.badRequest("/" + endpoint + "/ expects a JSON object body (Content-Type: application/json).");
        }
    }

    /** A non-blank value, unchanged (texts keep their whitespace). */
    Optional<String> optional(String name) {
        String value = raw(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> missing(name));
    }

    /** A value from a closed set, compared in lower case. */
    String oneOf(String name, String defaultValue, Set<String> allowed) {
        return checkedChoice(name, optional(name).map(Params::normalized).orElse(defaultValue), allowed);
    }

    String requiredOneOf(String name, Set<String> allowed) {
        return checkedChoice(name, normalized(required(name)), allowed);
    }

    double decimal(String name, double defaultValue, double min, double max) {
        Optional<String> text = optional(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        double value = number(name, text.get()).doubleValue();
        if (!(value >= min && value <= max)) {
            throw TtsAiException.badRequest(name + " must be between " + min + " and " + max + ", was " + text.get() + ".");
        }
        return value;
    }

    int integer(String name, int defaultValue, int min, int max) {
        Optional<Integer> value = optionalInteger(name);
        if (value.isPresent() && (value.get() < min || value.get() > max)) {
            throw TtsAiException.badRequest(name + " must be between " + min + " and " + max + ", was " + value.get() + ".");
        }
        return value.orElse(defaultValue);
    }

    Optional<Integer> optionalIntegerOneOf(String name, Set<Integer> allowed) {
        Optional<Integer> value = optionalInteger(name);
        if (value.isPresent() && !allowed.contains(value.get())) {
            throw TtsAiException.badRequest(name + " must be one of " + sorted(allowed) + ", was " + value.get() + ".");
        }
        return value;
    }

    boolean flag(String name, boolean defaultValue) {
        Optional<String> text = optional(name).map(Params::normalized);
        if (text.isEmpty()) {
            return defaultValue;
        }
        return switch (text.get()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw TtsAiException.badRequest(name + " must be true or false, was '" + text.get() + "'.");
        };
    }

    ReceivedFile requiredFile(String name, int maxMegabytes) {
        return optionalFile(name, maxMegabytes).orElseThrow(() -> missing(name));
    }

    /** An uploaded file part: 400 when sent as a text field or empty, 413 above the endpoint's limit. */
    Optional<ReceivedFile> optionalFile(String name, int maxMegabytes) {
        ReceivedFile file = payload.files().get(name);
        if (file == null) {
            if (payload.formFields().containsKey(name)) {
                throw TtsAiException.badRequest(name + " must be uploaded as a file part (with a filename).");
            }
            return Optional.empty();
        }
        if (file.size() == 0) {
            throw TtsAiException.badRequest(name + " is empty.");
        }
        long limit = maxUploadOverride > 0 ? maxUploadOverride : maxMegabytes * TtsAiAssumptions.BYTES_PER_MB;
        if (file.size() > limit) {
            throw TtsAiException.fileTooLarge("The uploaded file exceeds the " + limit / TtsAiAssumptions.BYTES_PER_MB
                    + " MB limit of /" + endpoint + "/ (" + file.size() + " bytes).");
        }
        return Optional.of(file);
    }

    /** Refuses a file whose content (not name) is none of the accepted formats. */
    static void requireFormat(ReceivedFile file, String name, Set<String> accepted) {
        if (!accepted.contains(file.format())) {
            throw TtsAiException.badRequest(name + " has an unsupported audio format (" + file.format()
                    + "); accepted: " + sorted(accepted) + ".");
        }
    }

    private String raw(String name) {
        JsonNode json = payload.json();
        if (json != null && json.isObject()) {
            JsonNode node = json.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isValueNode()) {
                throw TtsAiException.badRequest(name + " must be a string, number or boolean.");
            }
            return node.asText();
        }
        return payload.formFields().get(name);
    }

    private Optional<Integer> optionalInteger(String name) {
        return optional(name).map(text -> {
            try {
                return number(name, text).intValueExact();
            } catch (ArithmeticException e) {
                throw TtsAiException.badRequest(name + " must be a whole number, was " + text + ".");
            }
        });
    }

    private static BigDecimal number(String name, String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw TtsAiException.badRequest(name + " must be a number, was '" + text + "'.");
        }
    }

    private static String checkedChoice(String name, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw TtsAiException.badRequest(name + " must be one of " + sorted(allowed) + ", was '" + value + "'.");
        }
        return value;
    }

    private static TtsAiException missing(String name) {
        return TtsAiException.badRequest("Missing required field: " + name + ".");
    }

    private static String normalized(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private static <T extends Comparable<T>> Collection<T> sorted(Set<T> values) {
        return values.stream().sorted().toList();
    }
}
