package io.camelspeech.component.model;

import java.util.HashMap;
import java.util.Map;

import io.camelspeech.component.SpeechConstants;

/** A speech translation: both texts, both languages, and where the translated audio can be fetched. */
public record SpeechTranslation(
        String originalText, String translatedText, String sourceLanguage, String targetLanguage, String audioUrl,
        Long creditsUsed) implements ResultHeaders, SpeechJsonBody {

    @Override
    public Map<String, Object> resultHeaders() {
        Map<String, Object> headers = new HashMap<>();
        headers.put(SpeechConstants.AUDIO_URL, audioUrl);
        headers.put(SpeechConstants.CREDITS_USED, creditsUsed);
        return headers;
    }

    @Override
    public String toString() {
        return SpeechJson.write(this);
    }
}
