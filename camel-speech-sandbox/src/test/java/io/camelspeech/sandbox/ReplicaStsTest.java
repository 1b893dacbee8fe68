package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.sandbox.testing.TestAudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReplicaStsTest {

    private static final String STYLE = "07e62901-72c4-46e5-b009-aa0938d749df";
    private static final String CREATE_BODY = "{\"performer_style_id\": \"" + STYLE + "\", \"model_chain\": \"vox_1_0\"}";

    private SpeechSandbox sandbox;
    private ProviderHttp http;
    private String api;

    @BeforeEach
    void start() {
        sandbox = SpeechSandbox.start(SandboxConfig.builder().jobDuration(Duration.ofMillis(300)).build());
        http = new ProviderHttp();
        api = sandbox.providerBaseUrl("replica");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void createUploadStartPollAndDownloadKeepsTheWordsAndTheDuration() throws Exception {
        String text = "Speech to speech keeps every word.";
        byte[] source = new TtsAiClient(sandbox).postJson("/tts/", TtsAiClient.ttsBody(text, "wav")).body();

        JsonNode job = create();
        assertThat(api).isEqualTo(sandbox.baseUrl() + "/replica/v2");
        JsonNode upload = job.get("additional_fields").get("upload_url");
        assertThat(upload.get("url").asText()).isEqualTo(sandbox.baseUrl() + "/replica-uploads");
        assertThat(upload.get("fields").fieldNames()).toIterable().containsExactly("key", "x-amz-algorithm",
                "x-amz-credential", "x-amz-date", "policy", "x-amz-signature");
        String uuid = job.get("uuid").asText();
        assertThat(state(uuid).get("state").asText()).isEqualTo("PENDING");

        HttpResponse<byte[]> uploaded = http.postMultipart(upload.get("url").asText(),
                fieldsThenFile(upload.get("fields"), "source.wav", source));
        assertThat(uploaded.statusCode()).isEqualTo(204);

        HttpResponse<byte[]> started = http.postJson(api + "/speech/sts/" + uuid + "/start",
                "{\"extensions\": [\"wav\"]}", "X-Api-Key", "sandbox-key");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(ProviderHttp.json(started).get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(ProviderHttp.json(started).get("uuid").asText()).isEqualTo(uuid);

        JsonNode done = ProviderHttp.pollUntil(() -> state(uuid),
                json -> !json.get("state").asText().equals("IN_PROGRESS"), Duration.ofSeconds(10));
        assertThat(done.get("state").asText()).isEqualTo("COMPLETED");
        HttpResponse<byte[]> result = http.get(done.get("url").asText());
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(seconds(result.body())).isCloseTo(seconds(source), within(0.01));

        HttpResponse<byte[]> heard = new TtsAiClient(sandbox).postMultipart("/stt/",
                new MultipartBody().file("file", "result.wav", "audio/wav", result.body()));
        assertThat(TtsAiClient.json(heard).get("text").asText()).isEqualTo(text);
        assertThat(sandbox.jobs().created("replica")).isEqualTo(1);
        assertThat(sandbox.wire().requests("/replica-uploads").get(0).partOrder())
                .containsExactly("key", "x-amz-algorithm", "x-amz-credential", "x-amz-date", "policy",
                        "x-amz-signature", "file");
    }

    @Test
    void fileBeforeTheFieldsIsRefusedAsS3DoesAndStartingWithoutUploadIsAnError() throws Exception {
        JsonNode job = create();
        JsonNode upload = job.get("additional_fields").get("upload_url");
        MultipartBody fileFirst = new MultipartBody().file("file", "a.wav", "audio/wav", TestAudio.Wav.pcm8(8000).silence(1));
        upload.get("fields").properties().forEach(field -> fileFirst.field(field.getKey(), field.getValue().asText()));

        HttpResponse<byte[]> refused = http.postMultipart(upload.get("url").asText(), fileFirst);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/xml");
        assertThat(ProviderHttp.text(refused)).contains("<Code>InvalidArgument</Code>")
                .contains("Bucket POST must contain a field named 'key'").contains("check the order of the fields");

        String uuid = job.get("uuid").asText();
        HttpResponse<byte[]> started = http.postJson(api + "/speech/sts/" + uuid + "/start", "{\"extensions\":[\"wav\"]}",
                "X-Api-Key", "sandbox-key");
        assertThat(ProviderHttp.json(started).get("state").asText()).isEqualTo("ERROR");
        assertThat(ProviderHttp.json(started).get("additional_fields").get("error").asText()).contains("upload");
        assertThat(state(uuid).get("state").asText()).isEqualTo("ERROR");
    }

    @Test
    void theStorageChecksEveryPresignedFieldAndTheFile() throws Exception {
        JsonNode upload = create().get("additional_fields").get("upload_url");
        String url = upload.get("url").asText();
        byte[] wav = TestAudio.Wav.pcm8(8000).silence(1);

        MultipartBody tampered = new MultipartBody();
        upload.get("fields").properties().forEach(field -> tampered.field(field.getKey(),
                field.getKey().equals("policy") ? "e30=" : field.getValue().asText()));
        assertS3Error(http.postMultipart(url, tampered.file("file", "a.wav", "audio/wav", wav)), 403,
                "SignatureDoesNotMatch");

        MultipartBody extra = fieldsThenFile(upload.get("fields"), null, null).field("acl", "public-read");
        assertS3Error(http.postMultipart(url, extra.file("file", "a.wav", "audio/wav", wav)), 403, "AccessDenied");

        MultipartBody trailing = fieldsThenFile(upload.get("fields"), "a.wav", wav).field("Content-Type", "audio/wav");
        assertS3Error(http.postMultipart(url, trailing), 400, "InvalidArgument");

        byte[] flac = TestAudio.flac(64);
        assertS3Error(http.postMultipart(url, fieldsThenFile(upload.get("fields"), "a.flac", flac)), 400,
                "InvalidArgument");

        assertS3Error(http.postMultipart(url, fieldsThenFile(upload.get("fields"), "a.wav", new byte[0])), 400,
                "EntityTooSmall");
    }

    @Test
    void uploadsAboveTheLimitAreRefusedWithTheSizes() throws Exception {
        sandbox.close();
        sandbox = SpeechSandbox.start(SandboxConfig.builder().maxUploadBytes(4096).build());
        api = sandbox.providerBaseUrl("replica");
        JsonNode upload = create().get("additional_fields").get("upload_url");

        HttpResponse<byte[]> refused = http.postMultipart(upload.get("url").asText(),
                fieldsThenFile(upload.get("fields"), "a.wav", TestAudio.Wav.pcm8(8000).silence(1)));

        assertS3Error(refused, 400, "EntityTooLarge");
        assertThat(ProviderHttp.text(refused)).contains("<MaxSizeAllowed>4096</MaxSizeAllowed>")
                .contains("<ProposedSize>8044</ProposedSize>");
    }

    @Test
    void failNextEndsTheNextJobInErrorWithTheReasonAndStallNextNeverEnds() throws Exception {
        sandbox.jobs().failNext("replica", "performer style unavailable");
        sandbox.jobs().stallNext("replica");
        String failing = uploadedAndStarted();
        String stalling = uploadedAndStarted();

        JsonNode failed = ProviderHttp.pollUntil(() -> state(failing),
                json -> !json.get("state").asText().equals("IN_PROGRESS"), Duration.ofSeconds(10));
        assertThat(failed.get("state").asText()).isEqualTo("ERROR");
        assertThat(failed.get("additional_fields").get("error").asText()).isEqualTo("performer style unavailable");
        assertThat(failed.has("url")).isFalse();

        Thread.sleep(400);
        assertThat(state(stalling).get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(sandbox.jobs().created("replica")).isEqualTo(2);
    }

    @Test
    void apiErrorsAreJsonWithADetail() throws Exception {
        HttpResponse<byte[]> badKey = http.postJson(api + "/speech/sts", CREATE_BODY, "X-Api-Key", "wrong");
        assertThat(badKey.statusCode()).isEqualTo(401);
        assertThat(ProviderHttp.json(badKey).get("detail").asText()).isEqualTo("Invalid API key.");

        HttpResponse<byte[]> missing = http.postJson(api + "/speech/sts", "{\"model_chain\": \"vox_1_0\"}",
                "X-Api-Key", "sandbox-key");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(ProviderHttp.json(missing).get("detail").asText()).contains("performer_style_id");

        HttpResponse<byte[]> unknown = http.get(api + "/speech/3f1e0000-0000-0000-0000-000000000000",
                "X-Api-Key", "sandbox-key");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(sandbox.jobs().created("replica")).isZero();
    }

    @Test
    void injectedFaultsUseTheStoragesXmlOnUploads() throws Exception {
        JsonNode upload = create().get("additional_fields").get("upload_url");
        sandbox.faults().enqueue("/replica-uploads", Fault.internalError(), 1);

        HttpResponse<byte[]> failed = http.postMultipart(upload.get("url").asText(),
                fieldsThenFile(upload.get("fields"), "a.wav", TestAudio.Wav.pcm8(8000).silence(1)));

        assertS3Error(failed, 500, "InternalError");
        assertThat(sandbox.wire().last().files().get("file").size()).isEqualTo(8044);
    }

    private JsonNode create() throws Exception {
        HttpResponse<byte[]> created = http.postJson(api + "/speech/sts", CREATE_BODY, "X-Api-Key", "sandbox-key");
        assertThat(created.statusCode()).isEqualTo(200);
        return ProviderHttp.json(created);
    }

    private String uploadedAndStarted() throws Exception {
        JsonNode job = create();
        JsonNode upload = job.get("additional_fields").get("upload_url");
        assertThat(http.postMultipart(upload.get("url").asText(),
                fieldsThenFile(upload.get("fields"), "a.wav", TestAudio.Wav.pcm8(8000).silence(1))).statusCode()).isEqualTo(204);
        String uuid = job.get("uuid").asText();
        // the page's step 3 sends no body at all
        http.send(http.request(api + "/speech/sts/" + uuid + "/start", "X-Api-Key", "sandbox-key")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        return uuid;
    }

    private JsonNode state(String uuid) throws Exception {
        return ProviderHttp.json(http.get(api + "/speech/" + uuid, "X-Api-Key", "sandbox-key"));
    }

    private static MultipartBody fieldsThenFile(JsonNode fields, String fileName, byte[] content) {
        MultipartBody body = new MultipartBody();
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            body.field(field.getKey(), field.getValue().asText());
        }
        return fileName == null ? body : body.file("file", fileName, "application/octet-stream", content);
    }

    private static void assertS3Error(HttpResponse<byte[]> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(ProviderHttp.text(response)).startsWith("<?xml").contains("<Code>" + code + "</Code>");
    }

    private static double seconds(byte[] wav) throws Exception {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            return audio.getFrameLength() / audio.getFormat().getFrameRate();
        }
    }
}
