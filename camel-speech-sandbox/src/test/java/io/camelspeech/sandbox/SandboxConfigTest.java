package io.camelspeech.sandbox;

import io.camelspeech.sandbox.aimlapi.AimlApiConfig;
import io.camelspeech.sandbox.audiostack.AudioStackConfig;
import io.camelspeech.sandbox.openai.OpenAiConfig;
import io.camelspeech.sandbox.replica.ReplicaConfig;
import io.camelspeech.sandbox.tencent.TencentConfig;
import io.camelspeech.sandbox.ttsai.TtsAiConfig;
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
        assertThat(config.provider(TtsAiConfig.class))
                .isEqualTo(new TtsAiConfig("sandbox-key", "enterprise", 1_000_000, Set.of("sandbox-free-key"), 0));
        assertThat(config.threads()).isEqualTo(128);
        assertThat(config.enforceRateLimits()).isFalse();
        assertThat(config.webhookDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(config.provider(ReplicaConfig.class).apiKey()).isEqualTo("sandbox-key");
        assertThat(config.provider(AudioStackConfig.class))
                .isEqualTo(new AudioStackConfig("sandbox-key", Duration.ofSeconds(2)));
        assertThat(config.provider(AimlApiConfig.class).apiKey()).isEqualTo("sandbox-key");
        assertThat(config.provider(OpenAiConfig.class).apiKey()).isEqualTo("sandbox-key");
        assertThat(config.provider(TencentConfig.class)).isEqualTo(new TencentConfig("sandbox-id", "sandbox-secret", 3));
        assertThat(config.jobDuration()).isEqualTo(Duration.ofMillis(300));
        assertThat(config.audioCacheBytes()).isPositive().isLessThanOrEqualTo(64L * 1024 * 1024);
    }

    @Test
    void jobProviderFlagsAreParsedAndKeptByToBuilder() {
        SandboxConfig config = SandboxConfig.fromArgs("--replica-key", "r", "--audiostack-key=a", "--aimlapi-key", "m",
                "--tencent-secret-id", "id", "--tencent-secret-key", "secret", "--job-duration-ms", "50",
                "--professional-clone-ms=900", "--tencent-seed-models", "120", "--openai-key", "o").toBuilder().build();

        assertThat(config.provider(ReplicaConfig.class).apiKey()).isEqualTo("r");
        assertThat(config.provider(AudioStackConfig.class)).isEqualTo(new AudioStackConfig("a", Duration.ofMillis(900)));
        assertThat(config.provider(AimlApiConfig.class).apiKey()).isEqualTo("m");
        assertThat(config.provider(OpenAiConfig.class).apiKey()).isEqualTo("o");
        assertThat(config.provider(TencentConfig.class)).isEqualTo(new TencentConfig("id", "secret", 120));
        assertThat(config.jobDuration()).isEqualTo(Duration.ofMillis(50));
        assertThatThrownBy(() -> SandboxConfig.fromArgs("--job-duration-ms", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxConfig.fromArgs("--replica-key", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandLineFlagsAreParsed() {
        SandboxConfig config = SandboxConfig.fromArgs("--port", "18089", "--ttsai-key", "k1", "--ttsai-plan=pro",
                "--credits", "10", "--threads", "4", "--rate-limit", "--fault-rate", "0.2", "--fault-seed", "9",
                "--webhook-delay-ms", "5", "--audio-cache-mb", "2");

        assertThat(config.port()).isEqualTo(18089);
        assertThat(config.provider(TtsAiConfig.class)).isEqualTo(new TtsAiConfig("k1", "pro", 10, Set.of("sandbox-free-key"), 0));
        assertThat(config.threads()).isEqualTo(4);
        assertThat(config.enforceRateLimits()).isTrue();
        assertThat(config.faultRate()).isEqualTo(0.2);
        assertThat(config.faultSeed()).isEqualTo(9);
        assertThat(config.webhookDelay()).isEqualTo(Duration.ofMillis(5));
        assertThat(config.audioCacheBytes()).isEqualTo(2 * 1024 * 1024);
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> SandboxConfig.fromArgs("--ttsai-plan", "free")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxConfig.fromArgs("--port")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxConfig.fromArgs("--bogus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxConfig.builder().threads(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxConfig.builder().tencentSeedModels(10_001).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SandboxConfig.builder().forbiddenKeys(Set.of()).build().provider(TtsAiConfig.class).forbiddenKeys())
                .isEmpty();
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

    @Test
    void aPlansRequestsPerMinuteCanBeScaledForBenchmarks() {
        SandboxConfig config = SandboxConfig.fromArgs("--ttsai-plan", "pro", "--ttsai-rate-per-minute", "600");

        assertThat(config.provider(TtsAiConfig.class).ratePerMinute()).isEqualTo(600);
        assertThat(config.provider(TtsAiConfig.class).plan()).isEqualTo("pro");
        assertThatThrownBy(() -> SandboxConfig.fromArgs("--ttsai-rate-per-minute", "-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
