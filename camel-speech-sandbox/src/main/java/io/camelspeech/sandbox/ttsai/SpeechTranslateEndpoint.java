package io.camelspeech.sandbox.ttsai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * POST /speech-translate/ (multipart): transcript plus a tagged "translation" ({@code [es] original}); the
 * translated speech is a result download. 5 credits per minute.
 */
final class SpeechTranslateEndpoint implements TtsAiEndpoint {

    private static final int MAX_MB = 100;
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,4})?");

    private final TtsAiServices services;

    SpeechTranslateEndpoint(TtsAiServices services) {
        this.services = services;
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        ReceivedFile file = params.requiredFile("file", MAX_MB);
        String target = params.required("target_language").trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGE_CODE.matcher(target).matches()) {
            throw TtsAiException.badRequest("target_language must be a language code such as es, fr or de, was '"
                    + target + "'.");
        }
        params.optional("voice").ifPresent(services.catalog()::requireVoice);
        params.flag("preserve_voice", false);
        Transcript transcript = Transcript.of(file);
        CreditAccount.Charge charge = services.credits()
                .charge(TtsAiPricing.perMinute(transcript.seconds(), TtsAiPricing.TRANSLATION_PER_MINUTE));
        String translated = "[" + target + "] " + transcript.text();
        String resultId = services.results().put("translate", ".wav",
                new StoredResult.Audio(SpeechSynthesis.ofText(translated, 1.0)));
        ObjectNode body = SandboxJson.object()
                .put("original_text", transcript.text())
                .put("translated_text", translated)
                .put("source_language", TtsAiAssumptions.DEFAULT_LANGUAGE)
                .put("target_language", target)
                .put("audio_url", services.resultUrl(resultId))
                .put("credits_used", charge.used());
        charge.applyTo(exchange);
        exchange.respondJson(200, body);
    }
}
