package io.camelspeech.component.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RetryDelaysTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private static HttpHeaders headers(Map<String, String> values) {
        return HttpHeaders.of(values.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))), (a, b) -> true);
    }

    @Test
    void retryAfterInSecondsAndAsHttpDate() {
        assertThat(RetryDelays.requestedDelayMillis(headers(Map.of("Retry-After", "3")), NOW)).hasValue(3000);
        assertThat(RetryDelays.requestedDelayMillis(headers(Map.of("Retry-After", "Sat, 21 Nov 2026 12:00:05 GMT")), NOW))
                .hasValue(5000);
    }

    @Test
    void rateLimitResetCountsOnlyWhenTheWindowIsUsedUp() {
        long reset = NOW.getEpochSecond() + 7;
        assertThat(RetryDelays.requestedDelayMillis(headers(Map.of("X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", String.valueOf(reset))), NOW)).hasValue(7000);
        assertThat(RetryDelays.requestedDelayMillis(headers(Map.of("X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", "12")), NOW)).as("seconds from now").hasValue(12000);
        assertThat(RetryDelays.requestedDelayMillis(headers(Map.of("X-RateLimit-Remaining", "5",
                "X-RateLimit-Reset", String.valueOf(reset))), NOW)).isEmpty();
    }

    @Test
    void openAiResetsAreDurations() {
        assertThat(RetryDelays.requestedDelayMillis(headers(Map.of("x-ratelimit-remaining-requests", "0",
                "x-ratelimit-reset-requests", "6m0s")), NOW)).hasValue(360_000);
        assertThat(RetryDelays.requestedDelayMillis(headers(Map.of("x-ratelimit-remaining-requests", "0",
                "x-ratelimit-reset-requests", "1.5s")), NOW)).hasValue(1500);
        assertThat(RetryDelays.requestedDelayMillis(headers(Map.of("x-ratelimit-remaining-requests", "0",
                "x-ratelimit-reset-requests", "20ms")), NOW)).hasValue(20);
        assertThat(RetryDelays.requestedDelayMillis(headers(Map.of("x-ratelimit-remaining-requests", "0",
                "x-ratelimit-reset-requests", "1h2m3s")), NOW)).hasValue(3_723_000);
        assertThat(RetryDelays.requestedDelayMillis(headers(Map.of("x-ratelimit-remaining-requests", "3",
                "x-ratelimit-reset-requests", "6m0s")), NOW)).as("window not used up").isEmpty();
        assertThat(RetryDelays.requestedDelayMillis(headers(Map.of("x-ratelimit-remaining-requests", "0",
                "x-ratelimit-reset-requests", "soon")), NOW)).isEmpty();
    }

    @Test
    void backoffGrowsAndIsCapped() {
        assertThat(RetryDelays.backoffMillis(1, 1000, 60000)).isBetween(800L, 1200L);
        assertThat(RetryDelays.backoffMillis(3, 1000, 60000)).isBetween(3200L, 4800L);
        assertThat(RetryDelays.backoffMillis(20, 1000, 60000)).isEqualTo(60000);
    }
}
