package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderExchange;

import java.io.IOException;
import java.util.Locale;

/** GET /voices/preview/{voice}.mp3 — the preview_url of /voices/: a short free greeting in that voice. */
final class VoicePreviewEndpoint implements TtsAiEndpoint {

    private final TtsAiServices services;

    VoicePreviewEndpoint(TtsAiServices services) {
        this.services = services;
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        String file = exchange.pathParameter("file");
        int dot = file.lastIndexOf('.');
        String voiceId = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "mp3" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        TtsAiCatalog.Voice voice = services.catalog().requireVoice(voiceId);
        String greeting = "Hello, I am " + voice.name() + ".";
        AudioReply.send(exchange, services.audio(),
                SpeechSynthesis.ofText(greeting, 1.0), format, services.credits().free(), false);
    }
}
