package io.camelspeech.sandbox;

import io.camelspeech.sandbox.aimlapi.AimlApiConfig;
import io.camelspeech.sandbox.aimlapi.AimlApiModule;
import io.camelspeech.sandbox.audiostack.AudioStackConfig;
import io.camelspeech.sandbox.audiostack.AudioStackModule;
import io.camelspeech.sandbox.openai.OpenAiConfig;
import io.camelspeech.sandbox.openai.OpenAiModule;
import io.camelspeech.sandbox.replica.ReplicaConfig;
import io.camelspeech.sandbox.replica.ReplicaModule;
import io.camelspeech.sandbox.spi.ProviderConfig;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.tencent.TencentConfig;
import io.camelspeech.sandbox.tencent.TencentModule;
import io.camelspeech.sandbox.ttsai.TtsAiConfig;
import io.camelspeech.sandbox.ttsai.TtsAiModule;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The imitated providers, in the order the sandbox lists them; adding a provider is one entry in {@link #ALL}. */
final class Providers {

    /**
     * One provider: how its module is made, its settings unless {@link SandboxConfig.Builder#provider} replaces
     * them, and the name under which {@link SandboxJobs} scripts and counts its jobs, if it creates any.
     */
    record Provider(Function<SandboxContext, ProviderModule> module, ProviderConfig defaults, Optional<String> jobs) {

        static Provider of(Function<SandboxContext, ProviderModule> module, ProviderConfig defaults) {
            return new Provider(module, defaults, Optional.empty());
        }

        static Provider withJobs(String name, Function<SandboxContext, ProviderModule> module,
                ProviderConfig defaults) {
            return new Provider(module, defaults, Optional.of(name));
        }
    }

    static final List<Provider> ALL = List.of(
            Provider.of(TtsAiModule::new, TtsAiConfig.DEFAULTS),
            Provider.withJobs(ReplicaModule.NAME, ReplicaModule::new, ReplicaConfig.DEFAULTS),
            Provider.withJobs(AimlApiModule.NAME, AimlApiModule::new, AimlApiConfig.DEFAULTS),
            Provider.withJobs(AudioStackModule.NAME, AudioStackModule::new, AudioStackConfig.DEFAULTS),
            Provider.withJobs(TencentModule.NAME, TencentModule::new, TencentConfig.DEFAULTS),
            Provider.of(OpenAiModule::new, OpenAiConfig.DEFAULTS));

    private Providers() {
    }

    static List<String> jobProviders() {
        return ALL.stream().flatMap(provider -> provider.jobs().stream()).toList();
    }
}
