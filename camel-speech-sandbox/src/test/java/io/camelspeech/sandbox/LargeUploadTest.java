package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads far larger than any buffer: the body is generated while it is sent and the server only measures it.
 * The whole suite also passes with client and sandbox sharing one -Xmx64m JVM.
 */
class LargeUploadTest {

    private static final long MB = 1024L * 1024L;

    private static SpeechSandbox sandbox;
    private static TtsAiClient client;

    @BeforeAll
    static void start() {
        sandbox = SpeechSandbox.start();
        client = new TtsAiClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void threeHundredMegabyteUploadIsMeasuredAndRefusedAfterItWasRead() throws Exception {
        long size = 300 * MB;
        GeneratedContent content = new GeneratedContent(size);

        HttpResponse<byte[]> response = client.send(
                StreamedUpload.request(client, "/stt/", "recording.mp3", "audio/mpeg", new byte[0], content, size));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(TtsAiClient.json(response).get("error").get("code").asText()).isEqualTo("file_too_large");
        UploadedFile recorded = sandbox.wire().last().files().get("file");
        assertThat(recorded.size()).isEqualTo(size);
        assertThat(recorded.sha256()).isEqualTo(content.sha256());
        assertThat(recorded.detectedFormat()).isEqualTo("unknown");
        assertThat(sandbox.wire().last().bodyBytes()).isGreaterThan(size);
    }

    @Test
    void fortyMegabyteWavIsTranscribedWithTheDurationItsHeaderDeclares() throws Exception {
        long samples = 40 * MB;
        byte[] header = wavHeader(samples);
        GeneratedContent content = new GeneratedContent(samples);

        HttpResponse<byte[]> response = client.send(StreamedUpload.request(client, "/stt/", "long.wav", "audio/wav",
                header, content, header.length + samples));

        assertThat(response.statusCode()).isEqualTo(200);
        double seconds = samples / 44_100.0;
        JsonNode json = TtsAiClient.json(response);
        assertThat(json.get("duration").asDouble()).isEqualTo(Math.round(seconds * 100) / 100.0);
        assertThat(json.get("text").asText()).isEqualTo(String.format(Locale.ROOT,
                "sandbox transcript of %.1f seconds of wav audio", seconds));
        assertThat(response.headers().firstValue("X-Credits-Used"))
                .hasValue(Long.toString((long) Math.ceil(seconds / 60) * 2));
    }

    // PCM 16-bit mono 22,050 Hz: 44,100 bytes per second
    private static byte[] wavHeader(long dataBytes) {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes))
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(22_050).putInt(44_100)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        return header.array();
    }
}
