package io.camelspeech.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one text-to-speech request every throughput contender sends: short text, af_bella, kokoro, WAV. */
final class TtsRequest {

    static final String TEXT = "Hello!";
    static final String MODEL = "kokoro";
    static final String VOICE = "af_bella";
    static final String FORMAT = "wav";
    static final String AUTHORIZATION = "Bearer " + SpeechContexts.API_KEY;
    /** TTS.ai's text-to-speech path below the provider base URL. */
    static final String PATH = "/tts/";

    private TtsRequest() {
    }

    /** The JSON fields, in the order the component writes them. */
    static Map<String, Object> fields(String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", text);
        fields.put("model", MODEL);
        fields.put("voice", VOICE);
        fields.put("format", FORMAT);
        return fields;
    }
}
