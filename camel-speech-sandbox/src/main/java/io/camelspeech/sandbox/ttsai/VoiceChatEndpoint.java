package io.camelspeech.sandbox.ttsai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * POST /voice-chat/ (multipart or JSON): one conversation turn. The "AI" echoes what it heard, deterministically,
 * and its spoken answer is a result download. 3 credits per turn.
 */
final class VoiceChatEndpoint implements TtsAiEndpoint {

    private static final int MAX_MB = 100;

    private final TtsAiServices services;
    private final Set<String> models;

    VoiceChatEndpoint(TtsAiServices services) {
        this.services = services;
        this.models = services.catalog().modelIds(m -> m.type().equals(TtsAiCatalog.TTS));
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        Optional<String> text = params.optional("text");
        Optional<ReceivedFile> audio = params.optionalFile("audio", MAX_MB);
        if (text.isEmpty() && audio.isEmpty()) {
            throw TtsAiException.badRequest("Either audio or text is required.");
        }
        services.catalog().requireVoice(params.optional("voice").orElse("af_bella"));
        services.catalog().requireModel(params.optional("tts_model").orElse("kokoro"), "voice-chat", models);
        String conversationId = params.optional("conversation_id").orElseGet(() -> ResultStore.newId("conv"));
        String userText = text.orElseGet(() -> Transcript.of(audio.orElseThrow()).text());
        services.checkTextLength("text", userText);
        CreditAccount.Charge charge = services.credits().charge(TtsAiPricing.VOICE_CHAT_PER_TURN);
        String aiText = "You said: " + userText;
        String resultId = services.results().put("resp", ".wav",
                new StoredResult.Audio(SpeechSynthesis.ofText(aiText, 1.0)));
        ObjectNode body = SandboxJson.object()
                .put("conversation_id", conversationId)
                .put("user_text", userText)
                .put("ai_text", aiText)
                .put("audio_url", services.resultUrl(resultId))
                .put("credits_used", charge.used());
        charge.applyTo(exchange);
        exchange.respondJson(200, body);
    }
}
