package io.camelspeech.component.transport;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before the next attempt: what the provider asked for (Retry-After, or X-RateLimit-Reset when the
 * window is used up), else exponential back-off with jitter.
 */
public final class RetryDelays {

    /** Reset values above this are epoch seconds; below, seconds from now (providers use both). */
    private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

    private RetryDelays() {
    }

    /** @return the wait the provider asked for, in milliseconds, if it asked */
    public static OptionalLong requestedDelayMillis(HttpHeaders headers, Instant now) {
        OptionalLong retryAfter = headers.firstValue("Retry-After").map(v -> parseRetryAfter(v, now))
                .orElse(OptionalLong.empty());
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        for (String[] window : RATE_LIMIT_WINDOWS) {
            boolean usedUp = headers.firstValue(window[0]).map(String::trim).map("0"::equals).orElse(false);
            if (usedUp) {
                return headers.firstValue(window[1]).map(v -> parseReset(v, now)).orElse(OptionalLong.empty());
            }
        }
        return OptionalLong.empty();
    }

    /** Remaining / reset header pairs: the common one, and OpenAI's per-request window. */
    private static final String[][] RATE_LIMIT_WINDOWS = {
        {"X-RateLimit-Remaining", "X-RateLimit-Reset"},
        {"x-ratelimit-remaining-requests", "x-ratelimit-reset-requests"}};

    /** A duration as OpenAI writes it: 20ms, 1s, 6m0s, 1h2m3.5s. */
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+(?:\\.\\d+)?)s)?(?:(\\d+)ms)?");

    /** Exponential back-off: base, 2 x base, 4 x base ... capped, with +-20 % jitter so clients do not align. */
    public static long backoffMillis(int attempt, long baseMillis, long capMillis) {
        double exponential = baseMillis * Math.pow(2, Math.max(0, attempt - 1));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return (long) Math.min(capMillis, exponential * jitter);
    }

    static OptionalLong parseRetryAfter(String value, Instant now) {
        String trimmed = value.trim();
        try {
            return OptionalLong.of(Math.max(0, (long) (Double.parseDouble(trimmed) * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return OptionalLong.of(Math.max(0, Duration.between(now, at).toMillis()));
            } catch (DateTimeParseException notADate) {
                return OptionalLong.empty();
            }
        }
    }

    static OptionalLong parseReset(String value, Instant now) {
        String trimmed = value.trim();
        try {
            long number = Long.parseLong(trimmed);
            long millis = number > EPOCH_SECONDS_THRESHOLD
                    ? Duration.between(now, Instant.ofEpochSecond(number)).toMillis()
                    : number * 1000;
            return OptionalLong.of(Math.max(0, millis));
        } catch (NumberFormatException notANumber) {
            return parseDuration(trimmed);
        }
    }

    static OptionalLong parseDuration(String value) {
        java.util.regex.Matcher parts = DURATION.matcher(value);
        if (value.isEmpty() || !parts.matches()) {
            return OptionalLong.empty();
        }
        double millis = 0;
        millis += parts.group(1) == null ? 0 : Long.parseLong(parts.group(1)) * 3_600_000d;
        millis += parts.group(2) == null ? 0 : Long.parseLong(parts.group(2)) * 60_000d;
        millis += parts.group(3) == null ? 0 : Double.parseDouble(parts.group(3)) * 1000;
        millis += parts.group(4) == null ? 0 : Long.parseLong(parts.group(4));
        return OptionalLong.of((long) Math.ceil(millis));
    }
}
