package io.camelspeech.sandbox.spi;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The fields of one JSON object of a request, read for a provider module: a missing or ill-typed field becomes that
 * provider's own error through {@link Problems}. Messages name fields by their path, for example
 * {@code createJobRequest.outputs[0].contentId}.
 */
public final class JsonFields {

    /** How a provider reports a field it cannot accept. */
    public interface Problems {

        /** A required field is absent, null or blank. */
        RuntimeException missing(String fieldPath);

        /** A field has the wrong JSON type; the message is a whole sentence. */
        RuntimeException invalid(String fieldPath, String message);

        static Problems of(Function<String, RuntimeException> missing,
                BiFunction<String, String, RuntimeException> invalid) {
            return new Problems() {
                @Override
                public RuntimeException missing(String fieldPath) {
                    return missing.apply(fieldPath);
                }

                @Override
                public RuntimeException invalid(String fieldPath, String message) {
                    return invalid.apply(fieldPath, message);
                }
            };
        }
    }

    private final JsonNode object;
    private final String path;
    private final Problems problems;

    private JsonFields(JsonNode object, String path, Problems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of {@code node}, which must be a JSON object; {@code path} is empty for a whole body. */
    public static JsonFields of(JsonNode node, String path, Problems problems) {
        if (node == null || !node.isObject()) {
            String what = path.isEmpty() ? "The request body" : path;
            throw problems.invalid(path, what + " must be a JSON object.");
        }
        return new JsonFields(node, path, problems);
    }

    public JsonNode node() {
        return object;
    }

    /** The path of this object, empty for a whole body. */
    public String path() {
        return path;
    }

    /** The path of a field of this object, for messages. */
    public String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** True when the field is present and not null. */
    public boolean has(String name) {
        JsonNode value = object.get(name);
        return value != null && !value.isNull();
    }

    public Optional<String> text(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = object.get(name);
        if (!value.isTextual()) {
            throw problems.invalid(pathOf(name), pathOf(name) + " must be a string.");
        }
        return Optional.of(value.asText());
    }

    /** A string that is present and not blank. */
    public String requiredText(String name) {
        return text(name).filter(text -> !text.isBlank()).orElseThrow(() -> problems.missing(pathOf(name)));
    }

    public Optional<Double> number(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = object.get(name);
        if (!value.isNumber()) {
            throw problems.invalid(pathOf(name), pathOf(name) + " must be a number.");
        }
        return Optional.of(value.asDouble());
    }

    public Optional<Integer> integer(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        return Optional.of(asInteger(object.get(name), pathOf(name)));
    }

    public int requiredInteger(String name) {
        return integer(name).orElseThrow(() -> problems.missing(pathOf(name)));
    }

    public Optional<JsonFields> object(String name) {
        return has(name) ? Optional.of(of(object.get(name), pathOf(name), problems)) : Optional.empty();
    }

    public JsonFields requiredObject(String name) {
        return object(name).orElseThrow(() -> problems.missing(pathOf(name)));
    }

    /** The elements of an array field; absent or null gives empty. */
    public Optional<List<JsonNode>> array(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = object.get(name);
        if (!value.isArray()) {
            throw problems.invalid(pathOf(name), pathOf(name) + " must be an array.");
        }
        List<JsonNode> elements = new ArrayList<>(value.size());
        value.forEach(elements::add);
        return Optional.of(elements);
    }

    /** An array with at least one element. */
    public List<JsonNode> requiredArray(String name) {
        List<JsonNode> elements = array(name).orElseThrow(() -> problems.missing(pathOf(name)));
        if (elements.isEmpty()) {
            throw problems.invalid(pathOf(name), pathOf(name) + " must not be empty.");
        }
        return elements;
    }

    /** The fields of element {@code index} of an array of objects read by {@link #array}. */
    public JsonFields element(String arrayName, int index, JsonNode element) {
        return of(element, pathOf(arrayName) + "[" + index + "]", problems);
    }

    /** An integer element of an array, for example an index. */
    public int integerElement(String arrayName, int index, JsonNode element) {
        return asInteger(element, pathOf(arrayName) + "[" + index + "]");
    }

    /** A string element of an array. */
    public String textElement(String arrayName, int index, JsonNode element) {
        String elementPath = pathOf(arrayName) + "[" + index + "]";
        if (!element.isTextual()) {
            throw problems.invalid(elementPath, elementPath + " must be a string.");
        }
        return element.asText();
    }

    private int asInteger(JsonNode value, String fieldPath) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw problems.invalid(fieldPath, fieldPath + " must be a whole number.");
        }
        return value.asInt();
    }
}
