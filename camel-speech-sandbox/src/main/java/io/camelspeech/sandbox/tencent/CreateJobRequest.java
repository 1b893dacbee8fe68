package io.camelspeech.sandbox.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.camelspeech.sandbox.spi.JsonFields;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code createJobRequest}, checked against the documented rules that need nothing but the request (model names
 * are checked against the catalog by {@link TencentApi}).
 *
 * @param inputs  the inputs as sent, echoed by the job
 * @param outputs the outputs as sent, echoed by the job
 */
record CreateJobRequest(ArrayNode inputs, ArrayNode outputs, List<OutputSpec> outputSpecs, String customId,
        URI callback, Integer timeoutSeconds) {

    static CreateJobRequest parse(JsonFields request) {
        List<JsonNode> inputs = request.requiredArray("inputs");
        List<Boolean> audioInputs = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            audioInputs.add(checkInput(request.element("inputs", i, inputs.get(i))));
        }
        List<JsonNode> outputs = request.requiredArray("outputs");
        List<OutputSpec> specs = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            specs.add(output(request.element("outputs", i, outputs.get(i)), audioInputs));
        }
        String customId = request.text("customId").orElse(null);
        if (customId != null && (customId.isEmpty() || customId.length() >= TencentAssumptions.MAX_CUSTOM_ID)) {
            throw TencentException.invalidValue(request.pathOf("customId") + " must be 1 to "
                    + (TencentAssumptions.MAX_CUSTOM_ID - 1) + " characters long.");
        }
        URI callback = request.text("callback").map(url -> httpUrl(request.pathOf("callback"), url)).orElse(null);
        Integer timeout = request.integer("timeout").orElse(null);
        if (timeout != null && timeout < 1) {
            throw TencentException.invalidValue(request.pathOf("timeout") + " must be at least 1 second.");
        }
        return new CreateJobRequest(array(inputs), array(outputs), List.copyOf(specs), customId, callback, timeout);
    }

    /** Checks one input; true when it is audio (url or source), false for text. */
    private static boolean checkInput(JsonFields input) {
        int sources = (input.has("sourceData") ? 1 : 0) + (input.has("url") ? 1 : 0) + (input.has("source") ? 1 : 0);
        if (sources != 1) {
            throw TencentException.invalidParameter(input.path() + " must have exactly one of sourceData, url and source.");
        }
        if (input.has("sourceData")) {
            String text = input.text("sourceData").orElseThrow();
            if (text.isEmpty() || text.length() > TencentAssumptions.MAX_SOURCE_DATA) {
                throw TencentException.invalidValue(input.pathOf("sourceData") + " must be 1 to "
                        + TencentAssumptions.MAX_SOURCE_DATA + " characters long, was " + text.length() + ".");
            }
            return false;
        }
        if (input.has("url")) {
            httpUrl(input.pathOf("url"), input.requiredText("url"));
        } else {
            JsonFields source = input.requiredObject("source");
            source.requiredText("contentId");
            source.requiredText("path");
        }
        return true;
    }

    private static OutputSpec output(JsonFields output, List<Boolean> audioInputs) {
        List<JsonNode> selectors = output.requiredArray("inputSelectors");
        List<Integer> selected = new ArrayList<>();
        for (int i = 0; i < selectors.size(); i++) {
            int index = output.integerElement("inputSelectors", i, selectors.get(i));
            if (index < 0 || index >= audioInputs.size()) {
                throw TencentException.invalidValue(output.pathOf("inputSelectors") + "[" + i + "] is " + index
                        + ", but there are " + audioInputs.size() + " inputs.");
            }
            selected.add(index);
        }
        output.text("destination").filter(destination -> !destination.startsWith("/")).ifPresent(destination -> {
            throw TencentException.invalidValue(output.pathOf("destination") + " must start with /, was '"
                    + destination + "'.");
        });
        JsonFields descriptor = output.requiredObject("smartContentDescriptor");
        String prefix = descriptor.text("outputPrefix").orElse("");
        if (prefix.length() >= TencentAssumptions.MAX_OUTPUT_PREFIX) {
            throw TencentException.invalidValue(descriptor.pathOf("outputPrefix") + " must be shorter than "
                    + TencentAssumptions.MAX_OUTPUT_PREFIX + " characters.");
        }
        JsonFields cloning = descriptor.requiredObject("voiceCloning");
        int type = cloning.requiredInteger("type");
        String modelName = cloning.requiredText("modelName");
        if (type == OutputSpec.GENERATE) {
            if (output.text("contentId").filter(id -> !id.isBlank()).isEmpty()) {
                throw TencentException.missingParameter(output.pathOf("contentId") + " (required when type is 1)");
            }
        } else if (type == OutputSpec.TRAIN) {
            checkTraining(cloning, modelName, selected, audioInputs);
        } else {
            throw TencentException.invalidValue(cloning.pathOf("type") + " must be 1 (generate audio) or 2 "
                    + "(train a model), was " + type + ".");
        }
        return new OutputSpec(type, modelName, prefix);
    }

    private static void checkTraining(JsonFields cloning, String modelName, List<Integer> selected,
            List<Boolean> audioInputs) {
        if (!TencentAssumptions.MODEL_NAME.matcher(modelName).matches()) {
            throw TencentException.invalidValue(cloning.pathOf("modelName") + " may only hold letters, digits and _, "
                    + "and must be shorter than 64 characters, was '" + modelName + "'.");
        }
        int epochs = cloning.integer("totalEpoch").orElse(TencentAssumptions.DEFAULT_EPOCH);
        if (epochs < 1 || epochs > TencentAssumptions.MAX_EPOCH) {
            throw TencentException.invalidValue(cloning.pathOf("totalEpoch") + " must be 1 to "
                    + TencentAssumptions.MAX_EPOCH + ", was " + epochs + ".");
        }
        for (int index : selected) {
            if (!audioInputs.get(index)) {
                throw TencentException.invalidValue("Training (type 2) needs audio inputs (url or source); input "
                        + index + " is text.");
            }
        }
    }

    private static URI httpUrl(String fieldPath, String text) {
        try {
            URI url = new URI(text.trim());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below like any other unusable URL
        }
        throw TencentException.invalidValue(fieldPath + " must be an absolute http(s) URL, was '" + text + "'.");
    }

    private static ArrayNode array(List<JsonNode> elements) {
        ArrayNode array = SandboxJson.array();
        elements.forEach(element -> array.add(element.deepCopy()));
        return array;
    }
}
