package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class SeparateWebhookTest {

    @Test
    void separationWithWebhookUrlIsAcceptedThenReportedToTheWebhook() throws Exception {
        CompletableFuture<JsonNode> delivered = new CompletableFuture<>();
        HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sink.createContext("/hooks/separate", exchange -> {
            delivered.complete(TtsAiClient.JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        sink.start();
        SandboxConfig config = SandboxConfig.builder().webhookDelay(Duration.ofMillis(50)).build();
        try (SpeechSandbox sandbox = SpeechSandbox.start(config)) {
            TtsAiClient client = new TtsAiClient(sandbox);
            byte[] song = client.postJson("/tts/", TtsAiClient.ttsBody("La la la, a little song.", "wav")).body();
            String webhookUrl = "http://127.0.0.1:" + sink.getAddress().getPort() + "/hooks/separate";

            HttpResponse<byte[]> accepted = client.postMultipart("/audio/separate/", new MultipartBody()
                    .file("file", "song.wav", "audio/wav", song)
                    .field("stems", "4")
                    .field("webhook_url", webhookUrl));

            assertThat(accepted.statusCode()).isEqualTo(202);
            JsonNode task = TtsAiClient.json(accepted);
            assertThat(task.get("status").asText()).isEqualTo("processing");
            assertThat(task.get("task_id").asText()).startsWith("task_");

            JsonNode webhook = delivered.get(10, TimeUnit.SECONDS);
            assertThat(webhook.get("event").asText()).isEqualTo("task.completed");
            assertThat(webhook.get("task_id").asText()).isEqualTo(task.get("task_id").asText());
            assertThat(webhook.get("status").asText()).isEqualTo("success");
            assertThat(webhook.get("credits_used").asLong()).isEqualTo(4);
            Instant created = Instant.parse(webhook.get("created_at").asText());
            assertThat(Instant.parse(webhook.get("completed_at").asText())).isAfterOrEqualTo(created);

            HttpResponse<byte[]> result = client.get(webhook.get("result_url").asText());
            assertThat(result.statusCode()).isEqualTo(200);
            assertThat(result.headers().firstValue("Content-Type")).hasValue("application/zip");
            assertThat(zipEntries(result.body())).containsExactly("vocals.wav", "drums.wav", "bass.wav", "other.wav");
        } finally {
            sink.stop(0);
        }
    }

    @Test
    void separationWithoutWebhookAnswersTheStemsAtOnce() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start()) {
            TtsAiClient client = new TtsAiClient(sandbox);
            byte[] song = client.postJson("/tts/", TtsAiClient.ttsBody("Short song.", "wav")).body();

            HttpResponse<byte[]> stems = client.postMultipart("/audio/separate/", new MultipartBody()
                    .file("file", "song.wav", "audio/wav", song)
                    .field("format", "mp3"));

            assertThat(stems.statusCode()).isEqualTo(200);
            assertThat(stems.headers().firstValue("Content-Type")).hasValue("application/zip");
            assertThat(stems.headers().firstValue("X-Sandbox-Format-Substituted")).hasValue("mp3");
            assertThat(stems.headers().firstValue("X-Credits-Used")).hasValue("3");
            assertThat(zipEntries(stems.body())).containsExactly("vocals.wav", "accompaniment.wav");
        }
    }

    private static List<String> zipEntries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(entries.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            }
        }
        return names;
    }
}
