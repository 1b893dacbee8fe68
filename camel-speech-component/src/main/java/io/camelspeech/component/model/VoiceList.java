package io.camelspeech.component.model;

import java.util.List;

/** Voices, possibly filtered by model, language or gender; {@code total} as the provider counts them. */
public record VoiceList(List<Voice> voices, Integer total) implements SpeechJsonBody {

    public record Voice(String id, String name, String model, String language, String gender, String previewUrl) {
    }

    @Override
    public String toString() {
        return SpeechJson.write(this);
    }
}
