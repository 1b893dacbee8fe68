package io.camelspeech.sandbox.ttsai;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The models and voices the sandbox knows, with the fields /models/ and /voices/ document. */
final class TtsAiCatalog {

    static final String TTS = "tts";
    static final String STT = "stt";
    static final String VOICE_CONVERSION = "voice-conversion";
    static final String SEPARATION = "separation";
    static final Set<String> GENDERS = Set.of("male", "female", "neutral");

    /** A model as /models/ lists it; {@code creditsPer1kChars} is null for models not billed per character. */
    record Model(String id, String name, String type, String tier, List<String> languages, boolean supportsCloning,
            boolean supportsStreaming, Integer creditsPer1kChars) {
    }

    /** A voice as /voices/ lists it (the preview URL depends on the sandbox's address). */
    record Voice(String id, String name, String model, String language, String gender) {
    }

    private static final List<String> WHISPER_LANGUAGES = List.of("en", "es", "fr", "de", "it", "pt", "nl", "ja", "zh");

    private static final List<Model> MODELS = List.of(
            new Model("kokoro", "Kokoro", TTS, "standard", List.of("en", "en-gb", "es", "fr", "ja", "ko", "zh"), false, true, 2),
            new Model("chatterbox", "Chatterbox", TTS, "premium", List.of("en"), true, true, 4),
            new Model("piper", "Piper", TTS, "free", List.of("en", "de", "es", "fr", "it"), false, true, 1),
            new Model("cosyvoice", "CosyVoice 2", TTS, "standard", List.of("zh", "en", "ja", "ko"), true, true, 2),
            new Model("gpt-sovits", "GPT-SoVITS", TTS, "premium", List.of("zh", "en", "ja"), true, false, 4),
            new Model("openvoice", "OpenVoice", VOICE_CONVERSION, "standard", List.of("en", "es", "fr", "zh", "ja", "ko"), true, false, null),
            new Model("knn-vc", "kNN-VC", VOICE_CONVERSION, "standard", List.of("en"), false, false, null),
            new Model("whisper", "Whisper", STT, "standard", WHISPER_LANGUAGES, false, false, null),
            new Model("faster-whisper", "Faster Whisper", STT, "standard", WHISPER_LANGUAGES, false, true, null),
            new Model("sensevoice", "SenseVoice", STT, "standard", List.of("zh", "en", "ja", "ko", "yue"), false, false, null),
            new Model("demucs", "Demucs", SEPARATION, "standard", List.of(), false, false, null),
            new Model("spleeter", "Spleeter", SEPARATION, "free", List.of(), false, false, null));

    private static final List<Voice> VOICES = List.of(
            new Voice("af_bella", "Bella", "kokoro", "en", "female"),
            new Voice("af_sarah", "Sarah", "kokoro", "en", "female"),
            new Voice("am_adam", "Adam", "kokoro", "en", "male"),
            new Voice("bf_emma", "Emma", "kokoro", "en-gb", "female"),
            new Voice("ef_dora", "Dora", "kokoro", "es", "female"),
            new Voice("ff_siwis", "Siwis", "kokoro", "fr", "female"),
            new Voice("en_US-lessac-medium", "Lessac", "piper", "en", "female"),
            new Voice("en_US-libritts_r-medium", "LibriTTS-R", "piper", "en", "neutral"));

    List<Model> models() {
        return MODELS;
    }

    List<Voice> voices() {
        return VOICES;
    }

    Set<String> modelIds(Predicate<Model> filter) {
        return MODELS.stream().filter(filter).map(Model::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The model for an endpoint: 404 when unknown, 400 when it exists but cannot serve the endpoint. */
    Model requireModel(String id, String endpoint, Set<String> allowed) {
        Model model = find(MODELS, m -> m.id().equals(id))
                .orElseThrow(() -> TtsAiException.notFound("Model '" + id + "' not found."));
        if (!allowed.contains(model.id())) {
            throw TtsAiException.badRequest("Model '" + id + "' cannot be used with /" + endpoint + "/; use one of "
                    + allowed.stream().sorted().toList() + ".");
        }
        return model;
    }

    Voice requireVoice(String id) {
        return find(VOICES, v -> v.id().equals(id))
                .orElseThrow(() -> TtsAiException.notFound("Voice '" + id + "' not found."));
    }

    static boolean sameLanguage(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static <T> Optional<T> find(List<T> items, Predicate<T> filter) {
        return items.stream().filter(filter).findFirst();
    }
}
