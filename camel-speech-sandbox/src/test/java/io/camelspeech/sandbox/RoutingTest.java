package io.camelspeech.sandbox;

import io.camelspeech.sandbox.junit.SandboxExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** How every provider's route table answers what it does not serve, and how the extension resets the sandbox. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoutingTest {

    private static final String REPLICA_KEY = "X-Api-Key";

    @RegisterExtension
    static final SandboxExtension sandbox = SandboxExtension.create(SandboxConfig.builder()
            .faultRate(0.5).faultSeed(7).build());

    private final ProviderHttp http = new ProviderHttp();

    @Test
    @Order(1)
    void aKeyIsCheckedBeforeThePathAsAtAGateway() throws Exception {
        sandbox.faults().clear();
        HttpResponse<byte[]> unknownWithoutKey = http.get(sandbox.providerBaseUrl("replica") + "/nowhere");
        assertThat(unknownWithoutKey.statusCode()).isEqualTo(401);

        HttpResponse<byte[]> unknown = http.get(sandbox.providerBaseUrl("replica") + "/nowhere", REPLICA_KEY,
                "sandbox-key");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ProviderHttp.json(unknown).get("detail").asText()).isEqualTo("Not Found");
    }

    @Test
    @Order(2)
    void aLiteralSegmentWinsOverAParameterSoTheWrongMethodIs405() throws Exception {
        sandbox.faults().clear();
        HttpResponse<byte[]> wrongMethod = http.get(sandbox.providerBaseUrl("replica") + "/speech/sts", REPLICA_KEY,
                "sandbox-key");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);

        HttpResponse<byte[]> unknownJob = http.get(sandbox.providerBaseUrl("replica") + "/speech/no-such-job/",
                REPLICA_KEY, "sandbox-key");
        assertThat(unknownJob.statusCode()).isEqualTo(404);
        assertThat(ProviderHttp.json(unknownJob).get("detail").asText()).contains("no-such-job");
    }

    @Test
    @Order(3)
    void bodyCredentialsComeAfterThePathAndStorageNeedsNoKey() throws Exception {
        sandbox.faults().clear();
        HttpResponse<byte[]> tencentWrongPath = http.postJson(sandbox.providerBaseUrl("tencent") + "/release/nothing",
                "{}");
        assertThat(tencentWrongPath.statusCode()).isEqualTo(404);
        assertThat(ProviderHttp.json(tencentWrongPath).get("error").get("code").asText()).isEqualTo("ResourceNotFound");

        HttpResponse<byte[]> tencentNoCredentials = http.postJson(sandbox.providerBaseUrl("tencent") + "/release/job",
                "{\"action\": \"GetJob\"}");
        assertThat(tencentNoCredentials.statusCode()).isEqualTo(200);
        assertThat(ProviderHttp.json(tencentNoCredentials).get("error").get("code").asText()).isEqualTo("AuthFailure");

        HttpResponse<byte[]> storage = http.get(sandbox.baseUrl() + "/replica-uploads");
        assertThat(storage.statusCode()).isEqualTo(405);
        assertThat(ProviderHttp.text(storage)).contains("<Code>MethodNotAllowed</Code>");
    }

    @Test
    @Order(4)
    void eachTestStartsWithAnEmptyWireLogAndTheConfiguredFaults() throws Exception {
        assertThat(sandbox.wire().requests()).as("the earlier tests' requests are forgotten").isEmpty();
        long faulted = 0;
        for (int i = 0; i < 20; i++) {
            faulted += http.get(sandbox.providerBaseUrl("openai") + "/nowhere").statusCode() == 404 ? 0 : 1;
        }
        assertThat(faulted).as("the earlier tests cleared the random faults; they are back").isPositive();
    }
}
