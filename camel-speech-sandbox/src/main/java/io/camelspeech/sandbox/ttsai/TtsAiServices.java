package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.audio.AudioCache;
import io.camelspeech.sandbox.spi.SandboxContext;

import java.util.Locale;

/** What the TTS.ai endpoints share: plan, catalog, credit balance, stored results and the sandbox itself. */
record TtsAiServices(SandboxContext context, TtsAiPlan plan, TtsAiCatalog catalog, CreditAccount credits,
        ResultStore results, String providerBaseUrl) {

    AudioCache audio() {
        return context.audio();
    }

    String resultUrl(String id) {
        return providerBaseUrl + "/results/" + id;
    }

    String previewUrl(String voiceId) {
        return providerBaseUrl + "/voices/preview/" + voiceId + ".mp3";
    }

    /** 400 when a text exceeds the plan's documented maximum length. */
    void checkTextLength(String field, String text) {
        int characters = TtsAiPricing.characters(text);
        if (characters > plan.maxTextCharacters()) {
            throw TtsAiException.badRequest(field + " is " + characters + " characters long; the "
                    + plan.name().toLowerCase(Locale.ROOT) + " plan allows at most "
                    + plan.maxTextCharacters() + ".");
        }
    }
}
