package io.camelspeech.component.provider;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.component.SpeechProviderException;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.transport.ErrorParser;

/**
 * Error answers of the providers that document no single shape: {"error": {"code", "message"}}, {"error": "..."},
 * {"message": "...", "errors": [...]} (AudioStack) or {"detail": "..."}; a code, when present, is kept as the code.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static ErrorParser parser(String provider) {
        return (status, headers, body) -> {
            SpeechProviderException.Builder error = SpeechProviderException.builder(provider, status).responseBody(body);
            JsonNode json;
            try {
                json = SpeechJson.MAPPER.readTree(body == null ? "" : body);
            } catch (IOException notJson) {
                return error.message(body == null || body.isBlank() ? null : body.substring(0, Math.min(200, body.length())));
            }
            if (json == null) {
                return error;
            }
            JsonNode nested = json.path("error");
            if (nested.isObject()) {
                return error.errorCode(textOf(nested, "code")).message(textOf(nested, "message"));
            }
            if (nested.isTextual()) {
                // {"statusCode", "message", "error": "Bad Request"}: the message says more than the status name
                String message = textOf(json, "message");
                return message != null ? error.errorCode(nested.asText()).message(message)
                        : error.errorCode(textOf(json, "code")).message(nested.asText());
            }
            String message = textOf(json, "message");
            if (message == null) {
                message = textOf(json, "detail");
            }
            JsonNode list = json.path("errors");
            if (list.isArray() && !list.isEmpty()) {
                message = (message == null ? "" : message + ": ") + list.toString();
            }
            return error.errorCode(textOf(json, "code")).message(message);
        };
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
