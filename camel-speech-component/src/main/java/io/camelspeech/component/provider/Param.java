package io.camelspeech.component.provider;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One documented request parameter: the Camel option that feeds it, its name on the wire, whether it is required,
 * the default the component sends when nothing is set, and the documented range or set of values.
 */
public record Param(String option, String wireName, boolean mandatory, Object defaultValue, Double min, Double max,
        List<Object> allowed) {

    public static Param of(String option, String wireName) {
        return new Param(option, wireName, false, null, null, null, null);
    }

    /** Documented as required: the component refuses to send without it (or its default). */
    public Param required() {
        return new Param(option, wireName, true, defaultValue, min, max, allowed);
    }

    public Param defaultsTo(Object value) {
        return new Param(option, wireName, mandatory, value, min, max, allowed);
    }

    public Param range(double from, double to) {
        return new Param(option, wireName, mandatory, defaultValue, from, to, allowed);
    }

    public Param oneOf(Object... values) {
        return new Param(option, wireName, mandatory, defaultValue, min, max, Arrays.asList(values));
    }

    /** @return a message saying what is wrong with the value, or {@code null} when it is fine */
    public String check(Object value) {
        if (value == null) {
            return null;
        }
        if (min != null && value instanceof Number number
                && (number.doubleValue() < min || number.doubleValue() > max)) {
            return "must be between " + format(min) + " and " + format(max) + ", was " + value;
        }
        if (allowed != null && allowed.stream().noneMatch(a -> matches(a, value))) {
            return "must be one of " + allowed + ", was " + value;
        }
        return null;
    }

    private static boolean matches(Object allowedValue, Object value) {
        if (allowedValue instanceof Number a && value instanceof Number v) {
            return a.doubleValue() == v.doubleValue();
        }
        return Objects.equals(String.valueOf(allowedValue).toLowerCase(), String.valueOf(value).toLowerCase());
    }

    private static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
