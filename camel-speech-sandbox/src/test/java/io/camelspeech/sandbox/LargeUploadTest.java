package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.sandbox.junit.SandboxExtension;
import io.camelspeech.sandbox.testing.TestAudio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads far larger than any buffer: the body is generated while it is sent and the server only measures it.
 * The whole suite also passes with client and sandbox sharing one -Xmx64m JVM.
 */
class LargeUploadTest {

    private static final long MB = 1024L * 1024L;

    @RegisterExtension
    static final SandboxExtension sandbox = SandboxExtension.create();

    private static TtsAiClient client;

    @BeforeAll
    static void start() {
        client = new TtsAiClient(sandbox.sandbox());
    }

    @Test
    void threeHundredMegabyteUploadIsMeasuredAndRefusedAfterItWasRead() throws Exception {
        long size = 300 * MB;
        TestAudio.Noise content = TestAudio.noise(size);

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
        byte[] header = TestAudio.SPEECH.header(samples);
        TestAudio.Noise content = TestAudio.noise(samples);

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
}
