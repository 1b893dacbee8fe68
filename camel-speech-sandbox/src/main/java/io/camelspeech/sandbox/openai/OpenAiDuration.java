package io.camelspeech.sandbox.openai;

/**
 * Durations as OpenAI writes them in {@code x-ratelimit-reset-requests} (Go's {@code time.Duration} text), to the
 * millisecond: {@code 0s}, {@code 20ms}, {@code 1s}, {@code 1.5s}, {@code 6m0s}, {@code 1h2m3.5s}.
 */
final class OpenAiDuration {

    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;

    private OpenAiDuration() {
    }

    static String format(long millis) {
        if (millis <= 0) {
            return "0s";
        }
        if (millis < SECOND) {
            return millis + "ms";
        }
        StringBuilder text = new StringBuilder();
        long hours = millis / HOUR;
        long minutes = millis % HOUR / MINUTE;
        long seconds = millis % MINUTE / SECOND;
        long fraction = millis % SECOND;
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            text.append(minutes).append('m');
        }
        text.append(seconds);
        if (fraction > 0) {
            String digits = String.format("%03d", fraction);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        return text.append('s').toString();
    }
}
