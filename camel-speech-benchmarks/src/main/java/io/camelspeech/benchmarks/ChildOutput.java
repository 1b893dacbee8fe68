package io.camelspeech.benchmarks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a child JVM hands its figures to the parent: lines {@code RESULT key=value} on standard output (the value is
 * the rest of the line); every other line is progress, relayed as it comes.
 */
final class ChildOutput {

    static final String PREFIX = "RESULT ";

    private final Map<String, String> values;
    private final int exitCode;
    private final boolean timedOut;
    private final List<String> lastLines;

    ChildOutput(Map<String, String> values, int exitCode, boolean timedOut, List<String> lastLines) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.exitCode = exitCode;
        this.timedOut = timedOut;
        this.lastLines = List.copyOf(lastLines);
    }

    /** Child side: one figure for the parent. */
    static void put(String key, Object value) {
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(value);
        System.out.println(PREFIX + key + "=" + text.replace('\n', ' '));
        System.out.flush();
    }

    /** Parses one line, adding it to {@code into} when it is a result; true when it was. */
    static boolean parse(String line, Map<String, String> into) {
        if (!line.startsWith(PREFIX)) {
            return false;
        }
        int equals = line.indexOf('=', PREFIX.length());
        if (equals < 0) {
            return false;
        }
        into.put(line.substring(PREFIX.length(), equals), line.substring(equals + 1));
        return true;
    }

    /** True when the child ended by itself with exit code 0. */
    boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** Why the child did not succeed, in one line. */
    String failure() {
        if (timedOut) {
            return "timed out and was stopped";
        }
        String tail = lastLines.isEmpty() ? "" : ": " + lastLines.get(lastLines.size() - 1).trim();
        return "exit code " + exitCode + tail;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("the child reported no " + key + " (" + failure() + ")");
        }
        return value;
    }

    double number(String key) {
        return Double.parseDouble(text(key));
    }

    long whole(String key) {
        return Math.round(number(key));
    }

    boolean flag(String key) {
        return Boolean.parseBoolean(text(key));
    }
}
