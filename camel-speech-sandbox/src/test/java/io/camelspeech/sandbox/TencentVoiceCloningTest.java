package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class TencentVoiceCloningTest {

    private SpeechSandbox sandbox;
    private ProviderHttp http;
    private String api;
    private HttpServer sink;
    private final BlockingQueue<JsonNode> callbacks = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        startWith(SandboxConfig.builder().jobDuration(Duration.ofMillis(300)));
        sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sink.createContext("/hooks/", exchange -> {
            callbacks.add(TtsAiClient.JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        sink.start();
    }

    @AfterEach
    void stop() {
        sink.stop(0);
        sandbox.close();
    }

    @Test
    void trainAModelThenSpeakWithItEachJobCalledBackOnce() throws Exception {
        ObjectNode training = request("CreateJob");
        ObjectNode create = training.putObject("createJobRequest").put("customId", "order-17").put("callback", hook());
        create.putArray("inputs").addObject().put("url", "https://example.com/voice.wav");
        create.putArray("outputs").addObject().set("inputSelectors", array(0));
        ((ObjectNode) create.get("outputs").get(0)).putObject("smartContentDescriptor").putObject("voiceCloning")
                .put("type", 2).put("modelName", "demo").put("totalEpoch", 20);

        JsonNode submitted = call("release/job", training).get("createJobResponse").get("job");
        assertThat(api).isEqualTo(sandbox.baseUrl() + "/tencent");
        assertThat(submitted.get("state").asInt()).isEqualTo(1);
        assertThat(submitted.get("customId").asText()).isEqualTo("order-17");
        assertThat(submitted.get("timing").get("startedAt").asText()).isEqualTo("0");
        String id = submitted.get("id").asText();

        JsonNode trained = callbacks.poll(10, TimeUnit.SECONDS);
        assertThat(trained).isNotNull();
        assertThat(trained.get("id").asText()).isEqualTo(id);
        assertThat(trained.get("state").asInt()).isEqualTo(3);
        assertThat(trained.get("outputs").get(0).get("smartContentResult").get("voiceCloning").get("modelName").asText())
                .isEqualTo("demo");
        long created = Long.parseLong(trained.get("timing").get("createdAt").asText());
        assertThat(Long.parseLong(trained.get("timing").get("completedAt").asText())).isGreaterThanOrEqualTo(created + 300);
        assertThat(getJob(id).get("state").asInt()).isEqualTo(3);
        assertThat(modelNames(0, 100)).containsExactly("narrator_v1", "newsreader", "podcast_host", "demo");

        ObjectNode speaking = request("CreateJob");
        ObjectNode generate = speaking.putObject("createJobRequest").put("callback", hook());
        generate.putArray("inputs").addObject().put("sourceData", "Hello in a cloned voice.");
        ObjectNode output = generate.putArray("outputs").addObject().put("contentId", "repo-1").put("destination", "/out");
        output.set("inputSelectors", array(0));
        output.putObject("smartContentDescriptor").put("outputPrefix", "hello_").putObject("voiceCloning")
                .put("type", 1).put("modelName", "demo");
        String speechId = call("release/job", speaking).get("createJobResponse").get("job").get("id").asText();

        JsonNode spoken = callbacks.poll(10, TimeUnit.SECONDS);
        assertThat(spoken.get("id").asText()).isEqualTo(speechId);
        assertThat(spoken.get("outputs").get(0).get("smartContentResult").get("voiceCloning").get("voiceName").asText())
                .isEqualTo("hello_out.wav");
        assertThat(callbacks.poll(700, TimeUnit.MILLISECONDS)).isNull();
        assertThat(sandbox.jobs().created("tencent")).isEqualTo(2);
    }

    @Test
    void failedAndTimedOutJobsEndInErrorAndAreCalledBack() throws Exception {
        sandbox.jobs().failNext("tencent", "GPU node lost");
        String failing = createSpeechJob("a", null, hook());
        JsonNode failed = callbacks.poll(10, TimeUnit.SECONDS);
        assertThat(failed.get("id").asText()).isEqualTo(failing);
        assertThat(failed.get("state").asInt()).isEqualTo(4);
        assertThat(failed.get("error").get("message").asText()).isEqualTo("GPU node lost");

        sandbox.jobs().stallNext("tencent");
        String stalled = createSpeechJob("b", 1, hook());
        Thread.sleep(500);
        assertThat(getJob(stalled).get("state").asInt()).isEqualTo(2);
        JsonNode timedOut = callbacks.poll(10, TimeUnit.SECONDS);
        assertThat(timedOut.get("id").asText()).isEqualTo(stalled);
        assertThat(timedOut.get("state").asInt()).isEqualTo(4);
        assertThat(timedOut.get("error").get("code").asText()).isEqualTo("JobTimeout");

        sandbox.jobs().stallNext("tencent");
        String forever = createSpeechJob("c", null, hook());
        assertThat(callbacks.poll(800, TimeUnit.MILLISECONDS)).isNull();
        assertThat(getJob(forever).get("state").asInt()).isEqualTo(2);
    }

    @Test
    void listModelsPagesThroughMoreThanAHundredModels() throws Exception {
        sandbox.close();
        startWith(SandboxConfig.builder().tencentSeedModels(150));

        JsonNode first = call("release/music_model", listModels(0, 100)).get("listModelsResponse");
        JsonNode second = call("release/music_model", listModels(100, 100)).get("listModelsResponse");

        assertThat(first.get("total").asInt()).isEqualTo(150);
        assertThat(first.get("models")).hasSize(100);
        assertThat(second.get("models")).hasSize(50);
        assertThat(first.get("models").get(0).get("name").asText()).isEqualTo("narrator_v1");
        assertThat(second.get("models").get(49).get("name").asText()).isEqualTo("seed_model_150");
        assertThat(second.get("models").get(49).get("createdAt").asText()).matches("\\d{13}");
        assertThat(errorCode(call("release/music_model", listModels(0, 101)))).isEqualTo("InvalidParameterValue");
    }

    @Test
    void listJobsFindsEveryJobWithTheCustomId() throws Exception {
        String first = createSpeechJob("batch-9", null, null);
        String second = createSpeechJob("batch-9", null, null);
        createSpeechJob("other", null, null);

        ObjectNode list = request("ListJobs");
        list.putObject("listJobsRequest").put("customId", "batch-9");
        JsonNode jobs = call("release/job", list).get("listJobsResponse");

        assertThat(jobs.get("total").asInt()).isEqualTo(2);
        assertThat(List.of(jobs.get("jobs").get(0).get("id").asText(), jobs.get("jobs").get(1).get("id").asText()))
                .containsExactly(first, second);
    }

    @Test
    void everyDocumentedRuleIsCheckedWithHttp200AndAnErrorCode() throws Exception {
        ObjectNode wrongSecret = request("GetJob").put("secretKey", "nope");
        wrongSecret.putObject("getJobRequest").put("id", "x");
        HttpResponse<byte[]> auth = http.postJson(api + "/release/job", wrongSecret.toString());
        assertThat(auth.statusCode()).isEqualTo(200);
        assertThat(ProviderHttp.json(auth).get("error").get("code").asText()).isEqualTo("AuthFailure");
        assertThat(ProviderHttp.json(auth).get("requestId").asText()).isNotBlank();

        assertThat(createError(job -> job.putArray("inputs").addObject().put("sourceData", "a").put("url", "http://a/b")))
                .isEqualTo("InvalidParameter");
        assertThat(createError(job -> job.putArray("inputs").addObject().put("sourceData", "x".repeat(513))))
                .isEqualTo("InvalidParameterValue");
        assertThat(createError(job -> job.put("customId", "c".repeat(64)))).isEqualTo("InvalidParameterValue");
        assertThat(createError(job -> voiceCloning(job).put("type", 3))).isEqualTo("InvalidParameterValue");
        assertThat(createError(job -> voiceCloning(job).put("modelName", "no such model"))).isEqualTo("ResourceNotFound");
        assertThat(createError(job -> ((ObjectNode) job.get("outputs").get(0)).remove("contentId")))
                .isEqualTo("MissingParameter");
        assertThat(createError(job -> ((ObjectNode) job.get("outputs").get(0).get("smartContentDescriptor"))
                .put("outputPrefix", "p".repeat(20)))).isEqualTo("InvalidParameterValue");
        assertThat(createError(job -> ((ObjectNode) job.get("outputs").get(0)).set("inputSelectors", array(1))))
                .isEqualTo("InvalidParameterValue");
        assertThat(createError(job -> training(job, "bad-name"))).isEqualTo("InvalidParameterValue");
        assertThat(createError(job -> training(job, "newsreader"))).isEqualTo("ResourceInUse");
        assertThat(createError(job -> training(job, "default"))).isEqualTo("ResourceInUse");
        assertThat(createError(job -> training(job, "fresh").put("totalEpoch", 51))).isEqualTo("InvalidParameterValue");
        assertThat(createError(job -> voiceCloning(job).put("type", 2).put("modelName", "fresh")))
                .as("training from text").isEqualTo("InvalidParameterValue");
        assertThat(createError(job -> job.put("callback", "ftp://example.com/x"))).isEqualTo("InvalidParameterValue");

        ObjectNode unknownJob = request("GetJob");
        unknownJob.putObject("getJobRequest").put("id", "missing");
        assertThat(errorCode(call("release/job", unknownJob))).isEqualTo("ResourceNotFound");
        assertThat(errorCode(call("release/music_model", request("CreateJob")))).isEqualTo("InvalidAction");
        assertThat(sandbox.jobs().created("tencent")).isZero();
    }

    @Test
    void injectedFaultsKeepTheErrorShape() throws Exception {
        sandbox.faults().enqueue("/tencent/release/job", Fault.rateLimited(2), 1);
        ObjectNode get = request("GetJob");
        get.putObject("getJobRequest").put("id", "x");

        HttpResponse<byte[]> limited = http.postJson(api + "/release/job", get.toString());

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(ProviderHttp.json(limited).get("error").get("code").asText()).isEqualTo("RequestLimitExceeded");
    }

    @Test
    void aThousandJobsInFlightCostOnlyTheirEntries() throws Exception {
        sandbox.close();
        // a small request pool: its threads are the server's, not the jobs' (a pool grows to its core size anyway)
        startWith(SandboxConfig.builder().jobDuration(Duration.ofMinutes(10)).threads(8));
        // other tests' closed sandboxes may still be winding their pools down: count only what these jobs add
        int threadsBefore = Thread.getAllStackTraces().size();
        String last = null;
        for (int i = 0; i < 1000; i++) {
            last = createSpeechJob("bulk", null, null);
        }

        assertThat(sandbox.jobs().created("tencent")).isEqualTo(1000);
        assertThat(getJob(last).get("state").asInt()).isIn(1, 2);
        assertThat(Thread.getAllStackTraces().size() - threadsBefore).isLessThan(40);
        sandbox.jobs().clear();
        assertThat(sandbox.jobs().created("tencent")).isZero();
        assertThat(getJob(last).get("id").asText()).isEqualTo(last);
    }

    private void startWith(SandboxConfig.Builder config) {
        sandbox = SpeechSandbox.start(config.build());
        http = new ProviderHttp();
        api = sandbox.providerBaseUrl("tencent");
    }

    private ObjectNode request(String action) {
        return TtsAiClient.JSON.createObjectNode().put("action", action).put("secretId", "sandbox-id")
                .put("secretKey", "sandbox-secret");
    }

    private JsonNode call(String path, ObjectNode body) throws Exception {
        HttpResponse<byte[]> response = http.postJson(api + "/" + path, body.toString());
        assertThat(response.statusCode()).isEqualTo(200);
        return ProviderHttp.json(response);
    }

    private String createSpeechJob(String customId, Integer timeout, String callback) throws Exception {
        ObjectNode body = request("CreateJob");
        body.set("createJobRequest", speechJob(customId, timeout, callback));
        JsonNode answer = call("release/job", body);
        assertThat(answer.has("error")).as(answer.toString()).isFalse();
        return answer.get("createJobResponse").get("job").get("id").asText();
    }

    private ObjectNode speechJob(String customId, Integer timeout, String callback) {
        ObjectNode job = TtsAiClient.JSON.createObjectNode().put("customId", customId);
        if (timeout != null) {
            job.put("timeout", timeout);
        }
        if (callback != null) {
            job.put("callback", callback);
        }
        job.putArray("inputs").addObject().put("sourceData", "Good morning.");
        ObjectNode output = job.putArray("outputs").addObject().put("contentId", "repo-1");
        output.set("inputSelectors", array(0));
        output.putObject("smartContentDescriptor").putObject("voiceCloning").put("type", 1).put("modelName", "default");
        return job;
    }

    private String createError(Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode body = request("CreateJob");
        ObjectNode job = speechJob("rules", null, null);
        breakIt.accept(job);
        body.set("createJobRequest", job);
        return errorCode(call("release/job", body));
    }

    /** Turns the speech job into a training from an audio URL. */
    private static ObjectNode training(ObjectNode job, String modelName) {
        job.putArray("inputs").addObject().put("url", "https://example.com/voice.wav");
        return voiceCloning(job).put("type", 2).put("modelName", modelName);
    }

    private static ObjectNode voiceCloning(ObjectNode job) {
        return (ObjectNode) job.get("outputs").get(0).get("smartContentDescriptor").get("voiceCloning");
    }

    private JsonNode getJob(String id) throws Exception {
        ObjectNode body = request("GetJob");
        body.putObject("getJobRequest").put("id", id);
        return call("release/job", body).get("getJobResponse").get("job");
    }

    private List<String> modelNames(int offset, int limit) throws Exception {
        JsonNode models = call("release/music_model", listModels(offset, limit)).get("listModelsResponse").get("models");
        return StreamSupport.stream(models.spliterator(), false)
                .map(model -> model.get("name").asText()).toList();
    }

    private ObjectNode listModels(int offset, int limit) {
        ObjectNode body = request("ListModels");
        body.putObject("listModelsRequest").put("offset", offset).put("limit", limit);
        return body;
    }

    private static String errorCode(JsonNode answer) {
        assertThat(answer.has("error")).as(answer.toString()).isTrue();
        return answer.get("error").get("code").asText();
    }

    private static JsonNode array(int... values) {
        ArrayNode array = TtsAiClient.JSON.createArrayNode();
        for (int value : values) {
            array.add(value);
        }
        return array;
    }

    private String hook() {
        return "http://127.0.0.1:" + sink.getAddress().getPort() + "/hooks/tencent?token=s3cret";
    }
}
