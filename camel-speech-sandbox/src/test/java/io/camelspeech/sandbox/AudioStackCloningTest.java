package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.sandbox.testing.TestAudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AudioStackCloningTest {

    private static final String[] KEY = {"x-api-key", "sandbox-key"};
    private static final int RATE = 8000;

    private SpeechSandbox sandbox;
    private ProviderHttp http;
    private String api;

    @BeforeEach
    void start() {
        startWith(SandboxConfig.builder().jobDuration(Duration.ofMillis(300)));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void uploadThenCloneInstantlyChargesThreeHundredCreditsOnce() throws Exception {
        JsonNode file = createFile("voice.wav");
        assertThat(api).isEqualTo(sandbox.baseUrl() + "/audiostack");
        assertThat(file.get("mimeType").asText()).isEqualTo("audio/wav");
        String fileId = file.get("fileId").asText();
        assertThat(describe(fileId).get("status").asText()).isEqualTo("uploading");

        HttpResponse<byte[]> put = put(file, "audio/wav", HttpRequest.BodyPublishers.ofByteArray(TestAudio.Wav.pcm8(RATE).silence(3)));
        assertThat(put.statusCode()).isEqualTo(200);
        JsonNode uploaded = describe(fileId);
        assertThat(uploaded.get("status").asText()).isEqualTo("uploaded");
        assertThat(uploaded.get("size").asLong()).isEqualTo(3 * RATE + TestAudio.WAV_HEADER_BYTES);
        assertThat(uploaded.get("duration").asDouble()).isEqualTo(3.0);
        assertThat(sandbox.wire().requests("/audiostack-uploads").get(0).files().get("body").detectedFormat())
                .isEqualTo("wav");

        HttpResponse<byte[]> accepted = clone("{\"fileIds\": [\"" + fileId + "\"], \"alias\": \"my-instant-clone\", "
                + "\"engine\": \"voice_engine_3\", \"metadata\": {\"gender\": \"female\"}}");
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode creating = ProviderHttp.json(accepted);
        assertThat(creating.get("data").get("status").asText()).isEqualTo("creating");
        assertThat(creating.get("meta").get("creditsUsed").asInt()).isZero();
        assertThat(status("my-instant-clone").get("data").get("status").asText()).isEqualTo("creating");

        JsonNode done = ProviderHttp.pollUntil(() -> status("my-instant-clone"),
                json -> !json.get("data").get("status").asText().equals("creating"), Duration.ofSeconds(10));
        assertThat(done.get("data").get("status").asText()).isEqualTo("succeeded");
        assertThat(done.get("meta").get("creditsUsed").asInt()).isEqualTo(300);
        assertThat(done.get("data").get("metadata").get("gender").asText()).isEqualTo("female");
        assertThat(done.get("data").get("discardedFiles")).isEmpty();
        assertThat(status("my-instant-clone").get("meta").get("creditsUsed").asInt()).isZero();
        assertThat(sandbox.jobs().created("audiostack")).isEqualTo(1);

        HttpResponse<byte[]> again = clone("{\"fileIds\": [\"" + fileId + "\"], \"alias\": \"my-instant-clone\", "
                + "\"engine\": \"voice_engine_3\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ProviderHttp.json(again).get("message").asText()).contains("globally unique");
    }

    @Test
    void aTooShortFileIsDiscardedWhenTheOthersSuffice() throws Exception {
        String shortFile = uploaded("short.wav", 1.0);
        String goodFile = uploaded("good.wav", 2.0);

        HttpResponse<byte[]> accepted = clone("{\"fileIds\": [\"" + shortFile + "\", \"" + goodFile + "\"], "
                + "\"alias\": \"picky\", \"engine\": \"voice_engine_3\"}");

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode data = ProviderHttp.json(accepted).get("data");
        assertThat(data.get("fileIds")).hasSize(1);
        assertThat(data.get("fileIds").get(0).asText()).isEqualTo(goodFile);
        assertThat(data.get("discardedFiles")).hasSize(1);
        assertThat(data.get("discardedFiles").get(0).get("fileId").asText()).isEqualTo(shortFile);
        assertThat(data.get("discardedFiles").get(0).get("reason").asText()).contains("shorter than the minimum");
    }

    @Test
    void theInstantTierLimitsAreEnforced() throws Exception {
        String shortFile = uploaded("short.wav", 1.0);
        HttpResponse<byte[]> tooShort = clone(body(List.of(shortFile), "short-only", "instant"));
        assertError(tooShort, 400, "Not enough usable audio");
        assertThat(ProviderHttp.json(tooShort).get("errors").toString()).contains(shortFile);

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            many.add(shortFile);
        }
        assertError(clone(body(many, "many", "instant")), 400, "Too many files");

        String big = uploaded("big.wav", 11 * 1024 * 1024 / (double) RATE);
        assertError(clone(body(List.of(big), "big", "instant")), 400, "Files too large");

        JsonNode pending = createFile("pending.wav");
        HttpResponse<byte[]> notUploaded = clone(body(List.of(pending.get("fileId").asText()), "pending", "instant"));
        assertError(notUploaded, 400, "Invalid files");
        assertThat(ProviderHttp.json(notUploaded).get("errors").get(0).asText()).contains("still uploading");

        assertError(clone("{\"fileIds\": [\"" + shortFile + "\"], \"alias\": \"x\", \"engine\": \"voice_engine_2\"}"),
                400, "Validation error");
        assertThat(sandbox.jobs().created("audiostack")).isZero();
    }

    @Test
    void aProfessionalCloneNeedsHalfAnHourAndTakesLonger() throws Exception {
        sandbox.close();
        startWith(SandboxConfig.builder().jobDuration(Duration.ofMillis(100))
                .professionalCloneDuration(Duration.ofMillis(900)));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            files.add(uploaded("session-" + i + ".wav", 10 * 60.0));
        }

        HttpResponse<byte[]> refused = clone(body(files.subList(0, 2), "pro-voice", "professional"));
        assertError(refused, 400, "Not enough usable audio");

        HttpResponse<byte[]> accepted = clone(body(files, "pro-voice", "professional"));
        assertThat(accepted.statusCode()).isEqualTo(202);
        Thread.sleep(300);
        assertThat(status("pro-voice").get("data").get("status").asText()).isEqualTo("creating");
        JsonNode done = ProviderHttp.pollUntil(() -> status("pro-voice"),
                json -> !json.get("data").get("status").asText().equals("creating"), Duration.ofSeconds(10));
        assertThat(done.get("data").get("status").asText()).isEqualTo("succeeded");
        assertThat(done.get("data").get("tier").asText()).isEqualTo("professional");
        assertThat(done.get("meta").get("creditsUsed").asInt()).isZero();
    }

    @Test
    void failNextFailsTheCloneWithTheReasonAndFreesTheAlias() throws Exception {
        String file = uploaded("a.wav", 2.0);
        sandbox.jobs().failNext("audiostack", "voice too noisy");

        assertThat(clone(body(List.of(file), "retry-me", "instant")).statusCode()).isEqualTo(202);
        JsonNode failed = ProviderHttp.pollUntil(() -> status("retry-me"),
                json -> !json.get("data").get("status").asText().equals("creating"), Duration.ofSeconds(10));

        assertThat(failed.get("data").get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("data").get("failureReason").asText()).isEqualTo("voice too noisy");
        assertThat(failed.get("meta").get("creditsUsed").asInt()).isZero();
        assertThat(clone(body(List.of(file), "retry-me", "instant")).statusCode()).isEqualTo(202);
        assertThat(sandbox.jobs().created("audiostack")).isEqualTo(2);
    }

    @Test
    void keysAndSignedUploadsAreChecked() throws Exception {
        HttpResponse<byte[]> badKey = http.get(api + "/files/nothing", "x-api-key", "wrong");
        assertError(badKey, 403, "Forbidden: the API key is not valid");

        JsonNode file = createFile("a.mp3");
        assertThat(file.get("mimeType").asText()).isEqualTo("audio/mpeg");
        HttpResponse<byte[]> wrongType = put(file, "audio/wav", HttpRequest.BodyPublishers.ofByteArray(new byte[10]));
        assertThat(wrongType.statusCode()).isEqualTo(403);
        assertThat(ProviderHttp.text(wrongType)).contains("<Code>SignatureDoesNotMatch</Code>");

        String unsigned = file.get("uploadUrl").asText().replaceAll("X-Amz-Signature=[0-9a-f]+", "X-Amz-Signature=00");
        HttpResponse<byte[]> tampered = http.send(http.request(unsigned, "Content-Type", "audio/mpeg")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[10])).build());
        assertThat(tampered.statusCode()).isEqualTo(403);

        HttpResponse<byte[]> unknownExtension = http.postJson(api + "/files", "{\"file_name\": \"notes\"}", KEY);
        assertError(unknownExtension, 400, "Validation error");
        assertError(http.get(api + "/speech/voice-cloning?alias=nobody", KEY), 404, "No voice clone");
    }

    private void startWith(SandboxConfig.Builder config) {
        sandbox = SpeechSandbox.start(config.build());
        http = new ProviderHttp();
        api = sandbox.providerBaseUrl("audiostack");
    }

    private JsonNode createFile(String name) throws Exception {
        HttpResponse<byte[]> created = http.postJson(api + "/files",
                "{\"file_name\": \"" + name + "\", \"folder_id\": null, \"category_id\": null}", KEY);
        assertThat(created.statusCode()).isEqualTo(200);
        return ProviderHttp.json(created);
    }

    private String uploaded(String name, double seconds) throws Exception {
        JsonNode file = createFile(name);
        assertThat(put(file, "audio/wav", TestAudio.Wav.pcm8(RATE).silencePublisher(seconds)).statusCode()).isEqualTo(200);
        return file.get("fileId").asText();
    }

    private HttpResponse<byte[]> put(JsonNode file, String contentType, HttpRequest.BodyPublisher body)
            throws Exception {
        return http.send(http.request(file.get("uploadUrl").asText(), "Content-Type", contentType).PUT(body).build());
    }

    private JsonNode describe(String fileId) throws Exception {
        return ProviderHttp.json(http.get(api + "/files/" + fileId, KEY));
    }

    private HttpResponse<byte[]> clone(String json) throws Exception {
        return http.postJson(api + "/speech/voice-cloning", json, KEY);
    }

    private JsonNode status(String alias) throws Exception {
        HttpResponse<byte[]> response = http.get(api + "/speech/voice-cloning?alias=" + alias, KEY);
        assertThat(response.statusCode()).isEqualTo(200);
        return ProviderHttp.json(response);
    }

    private static String body(List<String> fileIds, String alias, String tier) {
        return "{\"fileIds\": " + TtsAiClient.JSON.valueToTree(fileIds) + ", \"alias\": \"" + alias
                + "\", \"engine\": \"voice_engine_3\", \"tier\": \"" + tier + "\"}";
    }

    private static void assertError(HttpResponse<byte[]> response, int status, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode json = ProviderHttp.json(response);
        assertThat(json.get("message").asText()).startsWith(message);
        assertThat(json.get("errors").isArray()).isTrue();
    }
}
