package io.camelspeech.component.provider;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.camelspeech.component.SpeechValidationException;
import io.camelspeech.component.provider.aimlapi.AimlApiProvider;
import io.camelspeech.component.provider.audiostack.AudioStackProvider;
import io.camelspeech.component.provider.openai.OpenAiProvider;
import io.camelspeech.component.provider.replica.ReplicaProvider;
import io.camelspeech.component.provider.tencent.TencentProvider;
import io.camelspeech.component.provider.ttsai.TtsAiProvider;

/** The providers a {@code speech:} URI can name. */
public final class SpeechProviders {

    /** Every provider of the contract, implemented or not, in URI spelling. */
    public static final List<String> NAMES = List.of("ttsai", "replica", "audiostack", "tencent", "aimlapi", "openai");

    private final Map<String, SpeechProvider> providers = new TreeMap<>();

    public static SpeechProviders builtIn() {
        SpeechProviders registry = new SpeechProviders();
        registry.register(new TtsAiProvider());
        registry.register(new ReplicaProvider());
        registry.register(new AimlApiProvider());
        registry.register(new AudioStackProvider());
        registry.register(new TencentProvider());
        registry.register(new OpenAiProvider());
        return registry;
    }

    public void register(SpeechProvider provider) {
        providers.put(provider.id(), provider);
    }

    public Set<String> available() {
        return providers.keySet();
    }

    public SpeechProvider get(String name) {
        SpeechProvider provider = providers.get(name);
        if (provider != null) {
            return provider;
        }
        if (NAMES.contains(name)) {
            throw new SpeechValidationException("provider", "The speech provider '" + name
                    + "' is not available in this version of camel-speech; available: " + available());
        }
        throw new SpeechValidationException("provider", "Unknown speech provider '" + name + "'; providers: " + NAMES);
    }
}
