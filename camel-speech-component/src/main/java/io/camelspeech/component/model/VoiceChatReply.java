package io.camelspeech.component.model;

import java.util.HashMap;
import java.util.Map;

import io.camelspeech.component.SpeechConstants;

/** One voice-chat turn; its conversation id comes back as a header so the next message continues the conversation. */
public record VoiceChatReply(String conversationId, String userText, String aiText, String audioUrl, Long creditsUsed)
        implements ResultHeaders, SpeechJsonBody {

    @Override
    public Map<String, Object> resultHeaders() {
        Map<String, Object> headers = new HashMap<>();
        headers.put(SpeechConstants.CONVERSATION_ID, conversationId);
        headers.put(SpeechConstants.AUDIO_URL, audioUrl);
        headers.put(SpeechConstants.CREDITS_USED, creditsUsed);
        return headers;
    }

    @Override
    public String toString() {
        return SpeechJson.write(this);
    }
}
