package io.camelspeech.component.model;

import java.util.List;

/** The provider's models and what each can do. */
public record ModelList(List<Model> models) implements SpeechJsonBody {

    public record Model(
            String id, String name, String type, String tier, List<String> languages, Boolean supportsCloning,
            Boolean supportsStreaming, Double creditsPer1kChars, String createdAt) {
    }

    @Override
    public String toString() {
        return SpeechJson.write(this);
    }
}
