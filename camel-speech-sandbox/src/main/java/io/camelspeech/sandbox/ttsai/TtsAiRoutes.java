package io.camelspeech.sandbox.ttsai;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Which endpoint answers a method and path (relative to {@code /v1}, without surrounding slashes). */
final class TtsAiRoutes {

    private final Map<String, TtsAiEndpoint> exact = new HashMap<>();
    private final Map<String, TtsAiEndpoint> byPrefix = new LinkedHashMap<>();

    TtsAiRoutes(TtsAiServices services) {
        exact("POST", "tts", new TextToSpeechEndpoint(services));
        exact("POST", "stt", new SpeechToTextEndpoint(services));
        exact("POST", "tts/clone", new VoiceCloneEndpoint(services));
        exact("POST", "voice-convert", new VoiceConvertEndpoint(services));
        exact("POST", "speech-translate", new SpeechTranslateEndpoint(services));
        exact("POST", "speech-to-speech", new SpeechToSpeechEndpoint(services));
        exact("POST", "audio/enhance", new EnhanceEndpoint(services));
        exact("POST", "audio/separate", new SeparateEndpoint(services));
        exact("POST", "audio/dereverb", new DereverbEndpoint(services));
        exact("POST", "audio/analyze", new AnalyzeEndpoint(services));
        exact("POST", "audio/convert", new ConvertEndpoint(services));
        exact("POST", "voice-chat", new VoiceChatEndpoint(services));
        exact("GET", "models", new ModelsEndpoint(services));
        exact("GET", "voices", new VoicesEndpoint(services));
        byPrefix.put("GET " + ResultsEndpoint.PREFIX, new ResultsEndpoint(services));
        byPrefix.put("GET " + VoicePreviewEndpoint.PREFIX, new VoicePreviewEndpoint(services));
    }

    Optional<TtsAiEndpoint> find(String method, String endpoint) {
        String route = method + " " + endpoint;
        TtsAiEndpoint found = exact.get(route);
        if (found != null) {
            return Optional.of(found);
        }
        return byPrefix.entrySet().stream()
                .filter(entry -> route.startsWith(entry.getKey()) && route.length() > entry.getKey().length())
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private void exact(String method, String endpoint, TtsAiEndpoint handler) {
        exact.put(method + " " + endpoint, handler);
    }
}
