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
            assertThat(sandbox.providers()).containsExactly("ttsai");
            assertThatThrownBy(() -> sandbox.providerBaseUrl("nobody")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
