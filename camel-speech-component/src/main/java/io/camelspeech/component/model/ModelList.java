package io.camelspeech.component.model;

import java.util.List;

/** The provider's models and what each can do. */
public record ModelList(List<Model> models) implements SpeechJsonBody {

    public record Model(
            String id, String name, String type, String tier, List<String> languages, Boolean supportsCloning,
            Boolean supportsStreaming,
            // the snake-case strategy would read it as credits_per1k_chars: the documented name, given once
            @com.fasterxml.jackson.annotation.JsonProperty("credits_per_1k_chars") Double creditsPer1kChars,
            String createdAt) {
    }

    @Override
    public String toString() {
        return SpeechJson.write(this);
    }
}
