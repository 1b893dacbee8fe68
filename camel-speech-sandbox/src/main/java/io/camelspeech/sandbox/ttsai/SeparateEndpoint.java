package io.camelspeech.sandbox.ttsai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * POST /audio/separate/ (multipart): stems as a zip at once, or — with {@code webhook_url} — a task whose
 * {@code task.completed} callback points to the zip (see {@link TtsAiAssumptions}). 3 credits per minute, 4 above
 * two stems.
 */
final class SeparateEndpoint implements TtsAiEndpoint {

    private static final int MAX_MB = 100;
    private static final Set<Integer> STEM_COUNTS = TtsAiAssumptions.STEM_NAMES.keySet();
    private static final Set<String> FORMATS = Set.of("wav", "mp3", "flac");

    private final TtsAiServices services;
    private final Set<String> models;

    SeparateEndpoint(TtsAiServices services) {
        this.services = services;
        this.models = services.catalog().modelIds(m -> m.type().equals(TtsAiCatalog.SEPARATION));
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        ReceivedFile file = params.requiredFile("file", MAX_MB);
        services.catalog().requireModel(params.optional("model").orElse("demucs"), "audio/separate", models);
        int stemCount = params.optionalIntegerOneOf("stems", STEM_COUNTS).orElse(2);
        String format = params.oneOf("format", "wav", FORMATS);
        URI webhook = params.optional("webhook_url").map(SeparateEndpoint::webhookUri).orElse(null);
        double inputSeconds = SpeechSynthesis.inputSeconds(file);
        int rate = stemCount > 2 ? TtsAiPricing.SEPARATION_MANY_STEMS_PER_MINUTE : TtsAiPricing.SEPARATION_PER_MINUTE;
        CreditAccount.Charge charge = services.credits().charge(TtsAiPricing.perMinute(inputSeconds, rate));
        List<String> stems = TtsAiAssumptions.STEM_NAMES.get(stemCount);
        double seconds = Math.min(SpeechSynthesis.MAX_AUDIO_SECONDS, inputSeconds);
        if (webhook == null) {
            AudioReply.sendStems(exchange, services.audio(), stems, seconds, format, charge);
        } else {
            acceptTask(exchange, webhook, new StoredResult.Stems(stems, seconds), charge);
        }
    }

    private void acceptTask(ProviderExchange exchange, URI webhook, StoredResult.Stems stems,
            CreditAccount.Charge charge) throws IOException {
        String taskId = services.results().put("task", "", stems);
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        services.context().webhooks().postLater(webhook, services.context().config().webhookDelay(),
                () -> completion(taskId, charge.used(), createdAt));
        charge.applyTo(exchange);
        exchange.respondJson(202, SandboxJson.object().put("task_id", taskId).put("status", "processing"));
    }

    private ObjectNode completion(String taskId, long creditsUsed, Instant createdAt) {
        return SandboxJson.object()
                .put("event", "task.completed")
                .put("task_id", taskId)
                .put("status", "success")
                .put("result_url", services.resultUrl(taskId))
                .put("credits_used", creditsUsed)
                .put("created_at", createdAt.toString())
                .put("completed_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static URI webhookUri(String text) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below like any other unusable URL
        }
        throw TtsAiException.badRequest("webhook_url must be an absolute http(s) URL, was '" + text + "'.");
    }
}
