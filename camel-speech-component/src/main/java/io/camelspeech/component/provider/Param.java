package io.camelspeech.component.provider;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One documented request parameter: the Camel option that feeds it, its name on the wire, whether it is required,
 * the default the component sends when nothing is set, and the documented range or set of values.
 */
public record Param(String option, String wireName, boolean mandatory, Object defaultValue, Double min, Double max,
        List<Object> allowed, boolean list, Integer maxLength, java.util.regex.Pattern pattern, String patternMeaning,
        String requires) {

    public static Param of(String option, String wireName) {
        return new Param(option, wireName, false, null, null, null, null, false, null, null, null, null);
    }

    /** Documented as required: the component refuses to send without it (or its default). */
    public Param required() {
        return new Param(option, wireName, true, defaultValue, min, max, allowed, list, maxLength, pattern,
                patternMeaning, requires);
    }

    public Param defaultsTo(Object value) {
        return new Param(option, wireName, mandatory, value, min, max, allowed, list, maxLength, pattern,
                patternMeaning, requires);
    }

    public Param range(double from, double to) {
        return new Param(option, wireName, mandatory, defaultValue, from, to, allowed, list, maxLength, pattern,
                patternMeaning, requires);
    }

    public Param oneOf(Object... values) {
        return new Param(option, wireName, mandatory, defaultValue, min, max, Arrays.asList(values), list, maxLength,
                pattern, patternMeaning, requires);
    }

    /**
     * A list (comma-separated in the option), each item one of {@code values}; sent as one field per item (multipart)
     * or as an array (JSON).
     */
    public Param listOf(Object... values) {
        return new Param(option, wireName, mandatory, defaultValue, min, max, Arrays.asList(values), true, maxLength,
                pattern, patternMeaning, requires);
    }

    /** At most {@code characters} long. */
    public Param maxLength(int characters) {
        return new Param(option, wireName, mandatory, defaultValue, min, max, allowed, list, characters, pattern,
                patternMeaning, requires);
    }

    /** The whole value matches {@code regex}; {@code meaning} says it in words for the error message. */
    public Param pattern(String regex, String meaning) {
        return new Param(option, wireName, mandatory, defaultValue, min, max, allowed, list, maxLength,
                java.util.regex.Pattern.compile(regex), meaning, requires);
    }

    /** Documented as required together: when this one is set, {@code otherOption} must be too. */
    public Param requires(String otherOption) {
        return new Param(option, wireName, mandatory, defaultValue, min, max, allowed, list, maxLength, pattern,
                patternMeaning, otherOption);
    }

    /** This parameter's value for the message (header, else option), else its default: read by the declaration. */
    public Object in(OptionValues values) {
        Object value = values.get(option);
        return value != null ? value : defaultValue;
    }

    /** As {@link #in}, as text; null when neither a value nor a default is there. */
    public String textIn(OptionValues values) {
        Object value = in(values);
        return value == null ? null : value.toString();
    }

    /** The value as it goes on the wire: a list option becomes its items. */
    public Object wireValue(Object value) {
        if (!list || value == null) {
            return value;
        }
        return Arrays.stream(String.valueOf(value).split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    /** @return a message saying what is wrong with the value, or {@code null} when it is fine */
    public String check(Object value) {
        if (value == null) {
            return null;
        }
        if (list) {
            for (Object item : (List<?>) wireValue(value)) {
                String wrong = of(option, wireName).oneOf(allowed.toArray()).check(item);
                if (wrong != null) {
                    return wrong;
                }
            }
            return null;
        }
        if (min != null && value instanceof Number number
                && (number.doubleValue() < min || number.doubleValue() > max)) {
            return "must be between " + format(min) + " and " + format(max) + ", was " + value;
        }
        if (maxLength != null && String.valueOf(value).length() > maxLength) {
            return "must be at most " + maxLength + " characters, was " + String.valueOf(value).length();
        }
        if (pattern != null && !pattern.matcher(String.valueOf(value)).matches()) {
            return "must be " + patternMeaning + ", was " + value;
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
