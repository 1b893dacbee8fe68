package io.camelspeech.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        SandboxConfig config = SandboxConfig.builder().build();

        assertThat(config.port()).isZero();
        assertThat(config.ttsaiApiKey()).isEqualTo("sandbox-key");
        assertThat(config.ttsaiPlan()).isEqualTo("enterprise");
        assertThat(config.credits()).isEqualTo(1_000_000);
        assertThat(config.threads()).isEqualTo(128);
        assertThat(config.enforceRateLimits()).isFalse();
        assertThat(config.webhookDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(config.forbiddenKeys()).containsExactly("sandbox-free-key");
        assertThat(config.replicaApiKey()).isEqualTo("sandbox-key");
        assertThat(config.audiostackApiKey()).isEqualTo("sandbox-key");
        assertThat(config.aimlapiApiKey()).isEqualTo("sandbox-key");
        assertThat(config.tencentSecretId()).isEqualTo("sandbox-id");
        assertThat(config.tencentSecretKey()).isEqualTo("sandbox-secret");
        assertThat(config.jobDuration()).isEqualTo(Duration.ofMillis(300));
        assertThat(config.professionalCloneDuration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.tencentSeedModels()).isEqualTo(3);
    }

    @Test
    void jobProviderFlagsAreParsedAndKeptByToBuilder() {
        SandboxConfig config = SandboxConfig.fromArgs("--replica-key", "r", "--audiostack-key=a", "--aimlapi-key", "m",
                "--tencent-secret-id", "id", "--tencent-secret-key", "secret", "--job-duration-ms", "50",
                "--professional-clone-ms=900", "--tencent-seed-models", "120").toBuilder().build();

        assertThat(config.replicaApiKey()).isEqualTo("r");
        assertThat(config.audiostackApiKey()).isEqualTo("a");
        assertThat(config.aimlapiApiKey()).isEqualTo("m");
        assertThat(config.tencentSecretId()).isEqualTo("id");
        assertThat(config.tencentSecretKey()).isEqualTo("secret");
        assertThat(config.jobDuration()).isEqualTo(Duration.ofMillis(50));
        assertThat(config.professionalCloneDuration()).isEqualTo(Duration.ofMillis(900));
        assertThat(config.tencentSeedModels()).isEqualTo(120);
        assertThatThrownBy(() -> SandboxConfig.fromArgs("--job-duration-ms", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxConfig.fromArgs("--replica-key", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandLineFlagsAreParsed() {
        SandboxConfig config = SandboxConfig.fromArgs("--port", "18089", "--ttsai-key", "k1", "--ttsai-plan=pro",
                "--credits", "10", "--threads", "4", "--rate-limit", "--fault-rate", "0.2", "--fault-seed", "9",
                "--webhook-delay-ms", "5");

        assertThat(config.port()).isEqualTo(18089);
        assertThat(config.ttsaiApiKey()).isEqualTo("k1");
        assertThat(config.ttsaiPlan()).isEqualTo("pro");
        assertThat(config.credits()).isEqualTo(10);
        assertThat(config.threads()).isEqualTo(4);
        assertThat(config.enforceRateLimits()).isTrue();
        assertThat(config.faultRate()).isEqualTo(0.2);
        assertThat(config.faultSeed()).isEqualTo(9);
        assertThat(config.webhookDelay()).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> SandboxConfig.fromArgs("--ttsai-plan", "free")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxConfig.fromArgs("--port")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxConfig.fromArgs("--bogus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxConfig.builder().threads(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(SandboxConfig.builder().forbiddenKeys(Set.of()).build().forbiddenKeys()).isEmpty();
    }

    @Test
    void sandboxExposesItsAddresses() {
        try (SpeechSandbox sandbox = SpeechSandbox.start()) {
            assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port());
            assertThat(sandbox.providerBaseUrl("ttsai")).isEqualTo(sandbox.baseUrl() + "/ttsai/v1");
            assertThat(sandbox.providerBaseUrl("replica")).isEqualTo(sandbox.baseUrl() + "/replica/v2");
            assertThat(sandbox.providerBaseUrl("aimlapi")).isEqualTo(sandbox.baseUrl() + "/aimlapi/v1");
            assertThat(sandbox.providerBaseUrl("audiostack")).isEqualTo(sandbox.baseUrl() + "/audiostack");
            assertThat(sandbox.providerBaseUrl("tencent")).isEqualTo(sandbox.baseUrl() + "/tencent");
            assertThat(sandbox.providers()).containsExactly("ttsai", "replica", "aimlapi", "audiostack", "tencent", "openai");
            assertThatThrownBy(() -> sandbox.providerBaseUrl("nobody")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sandbox.jobs().failNext("ttsai", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThat(sandbox.jobs().created("tencent")).isZero();
        }
    }
}
