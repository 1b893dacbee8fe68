package io.camelspeech.sandbox;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WireLogTest {

    @Test
    void multipartPartsAreRecordedInArrivalOrderWithFileFacts() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start()) {
            TtsAiClient client = new TtsAiClient(sandbox);
            byte[] speech = client.postJson("/tts/", TtsAiClient.ttsBody("Recorded.", "wav")).body();

            client.postMultipart("/stt/?trace=1", new MultipartBody()
                    .field("model", "whisper")
                    .file("file", "speech.wav", "audio/wav", speech)
                    .field("language", "en")
                    .field("timestamps", "true"));

            RecordedRequest stt = sandbox.wire().last();
            assertThat(stt.method()).isEqualTo("POST");
            assertThat(stt.path()).isEqualTo("/ttsai/v1/stt/");
            assertThat(stt.query()).isEqualTo("trace=1");
            assertThat(stt.partOrder()).containsExactly("model", "file", "language", "timestamps");
            assertThat(stt.formFields()).containsExactly(
                    Map.entry("model", "whisper"),
                    Map.entry("language", "en"),
                    Map.entry("timestamps", "true"));
            UploadedFile file = stt.files().get("file");
            assertThat(file.fileName()).isEqualTo("speech.wav");
            assertThat(file.contentType()).isEqualTo("audio/wav");
            assertThat(file.size()).isEqualTo(speech.length);
            assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(speech)));
            assertThat(file.detectedFormat()).isEqualTo("wav");
            assertThat(stt.header("AUTHORIZATION")).isEqualTo("Bearer " + TtsAiClient.KEY);
            assertThat(stt.contentType()).startsWith("multipart/form-data; boundary=");
            assertThat(stt.bodyBytes()).isGreaterThan(speech.length);
            assertThat(stt.responseStatus()).isEqualTo(200);
        }
    }

    @Test
    void jsonBodiesAndStatusesAreRecordedSoSuccessesCanBeCounted() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start()) {
            TtsAiClient client = new TtsAiClient(sandbox);
            client.postJson("/tts/", TtsAiClient.ttsBody("One", "wav"));
            client.postJson("/tts/", "{\"model\":\"kokoro\"}");
            HttpResponse<byte[]> last = client.postJson("/tts", TtsAiClient.ttsBody("Three", "wav"));

            assertThat(last.statusCode()).isEqualTo(200);
            assertThat(sandbox.wire().count("/v1/tts")).isEqualTo(3);
            assertThat(sandbox.wire().requests("/v1/tts")).extracting(RecordedRequest::responseStatus)
                    .containsExactly(200, 400, 200);
            assertThat(sandbox.wire().requests("/v1/tts").stream().filter(RecordedRequest::succeeded).count()).isEqualTo(2);
            assertThat(sandbox.wire().requests().get(0).json().get("text").asText()).isEqualTo("One");

            sandbox.wire().clear();
            assertThat(sandbox.wire().requests()).isEmpty();
            assertThat(sandbox.wire().last()).isNull();
        }
    }
}
