package io.camelspeech.component.provider;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One documented request parameter: the Camel option that feeds it, its name on the wire, whether it is required,
 * the default the component sends when nothing is set, the documented rules (range, values, length, pattern, required
 * together) and how the value is written on the wire. Immutable: each rule returns a new declaration.
 */
public final class Param {

    private String option;
    private String wireName;
    private boolean mandatory;
    private Object defaultValue;
    private Object providerDefault;
    private Double min;
    private Double max;
    private List<Object> allowed;
    private boolean list;
    private Integer maxLength;
    private java.util.regex.Pattern pattern;
    private String patternMeaning;
    private String requires;
    private Function<Object, Object> toWire = Function.identity();

    private Param() {
    }

    public static Param of(String option, String wireName) {
        Param param = new Param();
        param.option = option;
        param.wireName = wireName;
        return param;
    }

    private Param with(Consumer<Param> change) {
        Param copy = new Param();
        copy.option = option;
        copy.wireName = wireName;
        copy.mandatory = mandatory;
        copy.defaultValue = defaultValue;
        copy.providerDefault = providerDefault;
        copy.min = min;
        copy.max = max;
        copy.allowed = allowed;
        copy.list = list;
        copy.maxLength = maxLength;
        copy.pattern = pattern;
        copy.patternMeaning = patternMeaning;
        copy.requires = requires;
        copy.toWire = toWire;
        change.accept(copy);
        return copy;
    }

    /** Documented as required: the component refuses to send without it (or its default). */
    public Param required() {
        return with(p -> p.mandatory = true);
    }

    public Param defaultsTo(Object value) {
        return with(p -> p.defaultValue = value);
    }

    /**
     * The provider's documented default, applied by the provider when the field is absent: documented (the catalog's
     * default), not sent.
     */
    public Param providerDefault(Object value) {
        return with(p -> p.providerDefault = value);
    }

    public Param range(double from, double to) {
        return with(p -> {
            p.min = from;
            p.max = to;
        });
    }

    public Param oneOf(Object... values) {
        return with(p -> p.allowed = Arrays.asList(values));
    }

    /**
     * A list (comma-separated in the option), each item one of {@code values} (any value when none are given); sent as
     * one field per item (multipart) or as an array (JSON).
     */
    public Param listOf(Object... values) {
        return with(p -> {
            p.list = true;
            p.allowed = values.length == 0 ? null : Arrays.asList(values);
        });
    }

    /** At most {@code characters} long. */
    public Param maxLength(int characters) {
        return with(p -> p.maxLength = characters);
    }

    /** The whole value matches {@code regex}; {@code meaning} says it in words for the error message. */
    public Param pattern(String regex, String meaning) {
        return with(p -> {
            p.pattern = java.util.regex.Pattern.compile(regex);
            p.patternMeaning = meaning;
        });
    }

    /** Documented as required together: when this one is set, {@code otherOption} must be too. */
    public Param requires(String otherOption) {
        return with(p -> p.requires = otherOption);
    }

    /** The wire takes the value in another unit or shape, e.g. a Duration option in milliseconds sent in seconds. */
    public Param sentAs(Function<Object, Object> conversion) {
        return with(p -> p.toWire = conversion);
    }

    public String option() {
        return option;
    }

    public String wireName() {
        return wireName;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    public Object providerDefault() {
        return providerDefault;
    }

    public String requires() {
        return requires;
    }

    /** This parameter's value for the message (header, else option), else its default: read by the declaration. */
    public Object in(OptionValues values) {
        Object value = values.get(option);
        return value != null ? value : defaultValue;
    }

    /** As {@link #in}, as it goes on the wire (converted as declared, a list as its items). */
    public Object wireIn(OptionValues values) {
        return wireValue(in(values));
    }

    /** As {@link #in}, as text; null when neither a value nor a default is there. */
    public String textIn(OptionValues values) {
        Object value = in(values);
        return value == null ? null : value.toString();
    }

    /** The value as it goes on the wire: converted as declared; a list option becomes its items. */
    public Object wireValue(Object value) {
        if (value == null) {
            return null;
        }
        if (!list) {
            return toWire.apply(value);
        }
        java.util.stream.Stream<String> items = value instanceof java.util.Collection<?> many
                ? many.stream().map(String::valueOf) : Arrays.stream(String.valueOf(value).split(","));
        return items.map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    /** @return a message saying what is wrong with the value, or {@code null} when it is fine */
    public String check(Object value) {
        if (value == null) {
            return null;
        }
        if (list) {
            if (allowed == null) {
                return null;
            }
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
