package io.camelspeech.benchmarks;

import java.util.Locale;

/** Numbers as the table shows them. */
final class Format {

    private Format() {
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String seconds(double value) {
        return String.format(Locale.ROOT, "%.2f s", value);
    }

    static String millis(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f ms" : "%.1f ms", value);
    }

    static String megabytes(double value) {
        return value < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", value);
    }
}
