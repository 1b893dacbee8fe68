package io.camelspeech.sandbox.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.sandbox.audio.AudioCache;
import io.camelspeech.sandbox.audio.WavSpec;
import io.camelspeech.sandbox.audio.WavWriter;
import io.camelspeech.sandbox.spi.ProviderExchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * {@code POST /audio/speech} (JSON): the input as sandbox speech, a tone melody whose WAV carries the input in its
 * INFO comment, so that sending it to {@code /audio/transcriptions} gives the same text back.
 */
final class SpeechEndpoint {

    private static final String MODEL = "model";
    private static final String INPUT = "input";
    private static final String VOICE = "voice";
    private static final String INSTRUCTIONS = "instructions";
    private static final String RESPONSE_FORMAT = "response_format";
    private static final String SPEED = "speed";
    private static final String STREAM_FORMAT = "stream_format";

    private final AudioCache audio;

    SpeechEndpoint(AudioCache audio) {
        this.audio = audio;
    }

    void handle(ProviderExchange exchange) throws IOException {
        JsonNode body = jsonBody(exchange);
        String model = requiredText(body, MODEL);
        String input = text(body, INPUT).orElseThrow(() -> OpenAiException.missing(INPUT));
        if (input.isEmpty()) {
            throw OpenAiException.tooShort(INPUT);
        }
        checkLength(INPUT, input, OpenAiAssumptions.MAX_INPUT_CHARACTERS);
        voice(body);
        Optional<String> instructions = text(body, INSTRUCTIONS);
        if (instructions.isPresent()) {
            checkLength(INSTRUCTIONS, instructions.get(), OpenAiAssumptions.MAX_INSTRUCTIONS_CHARACTERS);
            if (!instructions.get().isEmpty() && OpenAiAssumptions.MODELS_WITHOUT_INSTRUCTIONS.contains(model)) {
                throw OpenAiException.invalid(INSTRUCTIONS, "unsupported_parameter", "Unsupported parameter:"
                        + " 'instructions' is not supported with the model " + model + ".");
            }
        }
        String format = text(body, RESPONSE_FORMAT).orElse(OpenAiAssumptions.DEFAULT_SPEECH_FORMAT);
        if (!OpenAiAssumptions.SPEECH_CONTENT_TYPES.containsKey(format)) {
            throw OpenAiException.invalidValue(RESPONSE_FORMAT, format,
                    quoted(OpenAiAssumptions.SPEECH_CONTENT_TYPES.keySet().toArray(String[]::new)));
        }
        double speed = speed(body);
        streamFormat(body);
        send(exchange, OpenAiAssumptions.speech(input, speed), format);
    }

    private void send(ProviderExchange exchange, WavSpec spec, String format) throws IOException {
        String contentType = OpenAiAssumptions.SPEECH_CONTENT_TYPES.get(format);
        if (!OpenAiAssumptions.ENCODED_SPEECH_FORMATS.contains(format)) {
            exchange.setResponseHeader(OpenAiAssumptions.FORMAT_SUBSTITUTED_HEADER, format);
        }
        long headerBytes = WavWriter.length(spec) - spec.dataBytes();
        boolean raw = format.equals(OpenAiAssumptions.PCM);
        // chunked, as OpenAI streams the audio while it is generated
        exchange.respond(200, contentType, -1, out -> audio.write(spec, raw ? new Skipping(out, headerBytes) : out));
    }

    private static JsonNode jsonBody(ProviderExchange exchange) {
        JsonNode json = exchange.payload().json();
        if (exchange.payload().problem().isPresent() || json == null || !json.isObject()) {
            throw OpenAiException.unreadableBody("We could not parse the JSON body of your request. (HINT: This likely"
                    + " means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but"
                    + " what was sent was not valid JSON.)");
        }
        return json;
    }

    /** A string field; absent or null is empty, any other JSON type is 400 invalid_type. */
    private static Optional<String> text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw OpenAiException.invalidType(name, "a string", describe(value));
        }
        return Optional.of(value.asText());
    }

    private static String requiredText(JsonNode body, String name) {
        return text(body, name).filter(value -> !value.isBlank()).orElseThrow(() -> OpenAiException.missing(name));
    }

    /** A voice name, or {@code {"id": "voice_..."}} for a custom voice. */
    private static String voice(JsonNode body) {
        JsonNode value = body.get(VOICE);
        if (value == null || value.isNull()) {
            throw OpenAiException.missing(VOICE);
        }
        if (value.isObject()) {
            JsonNode id = value.get("id");
            if (id == null || id.isNull()) {
                throw OpenAiException.missing(VOICE + ".id");
            }
            if (!id.isTextual() || id.asText().isBlank()) {
                throw OpenAiException.invalidType(VOICE + ".id", "a non-empty string", describe(id));
            }
            return id.asText();
        }
        if (!value.isTextual()) {
            throw OpenAiException.invalidType(VOICE, "a string or an object with an id", describe(value));
        }
        if (value.asText().isBlank()) {
            throw OpenAiException.missing(VOICE);
        }
        return value.asText();
    }

    private static double speed(JsonNode body) {
        JsonNode value = body.get(SPEED);
        if (value == null || value.isNull()) {
            return OpenAiAssumptions.DEFAULT_SPEED;
        }
        if (!value.isNumber()) {
            throw OpenAiException.invalidType(SPEED, "a decimal", describe(value));
        }
        double speed = value.asDouble();
        if (speed < OpenAiAssumptions.MIN_SPEED) {
            throw OpenAiException.belowMinimum(SPEED, OpenAiAssumptions.MIN_SPEED, value.asText());
        }
        if (speed > OpenAiAssumptions.MAX_SPEED) {
            throw OpenAiException.aboveMaximum(SPEED, OpenAiAssumptions.MAX_SPEED, value.asText());
        }
        return speed;
    }

    private static void streamFormat(JsonNode body) {
        String streamFormat = text(body, STREAM_FORMAT).orElse(OpenAiAssumptions.STREAM_FORMAT_AUDIO);
        if (streamFormat.equals(OpenAiAssumptions.STREAM_FORMAT_SSE)) {
            throw OpenAiException.invalid(STREAM_FORMAT, "unsupported_value", "Unsupported value: stream_format 'sse'"
                    + " is not supported by the sandbox; use 'audio' (the default).");
        }
        if (!streamFormat.equals(OpenAiAssumptions.STREAM_FORMAT_AUDIO)) {
            throw OpenAiException.invalidValue(STREAM_FORMAT, streamFormat,
                    quoted(OpenAiAssumptions.STREAM_FORMAT_SSE, OpenAiAssumptions.STREAM_FORMAT_AUDIO));
        }
    }

    private static void checkLength(String name, String value, int max) {
        int length = OpenAiAssumptions.characters(value);
        if (length > max) {
            throw OpenAiException.tooLong(name, max, length);
        }
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isIntegralNumber()) {
            return "an integer";
        }
        if (value.isNumber()) {
            return "a decimal";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.isObject() ? "an object" : "null";
    }

    /** {@code 'a', 'b', and 'c'} as OpenAI lists supported values. */
    static String quoted(String... values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(values.length > 2 ? ", " : " ");
            }
            if (i > 0 && i == values.length - 1) {
                text.append("and ");
            }
            text.append('\'').append(values[i]).append('\'');
        }
        return text.toString();
    }

    /** Drops the first bytes written through it: raw PCM is the WAV without its header. */
    private static final class Skipping extends FilterOutputStream {

        private long toSkip;

        Skipping(OutputStream out, long toSkip) {
            super(out);
            this.toSkip = toSkip;
        }

        @Override
        public void write(int b) throws IOException {
            if (toSkip > 0) {
                toSkip--;
            } else {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] buffer, int off, int len) throws IOException {
            int skipped = (int) Math.min(toSkip, len);
            toSkip -= skipped;
            if (len > skipped) {
                out.write(buffer, off + skipped, len - skipped);
            }
        }

        // the exchange closes the response stream itself
        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
