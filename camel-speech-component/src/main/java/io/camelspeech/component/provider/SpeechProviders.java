package io.camelspeech.component.provider;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

import io.camelspeech.component.SpeechValidationException;

/**
 * The providers a {@code speech:} URI can name: every {@link SpeechProvider} listed in
 * {@code META-INF/services/io.camelspeech.component.provider.SpeechProvider} on the classpath. Adding a provider is its
 * adapter and a line there; the endpoint's catalog enum, the sandbox's modules, the examples and the README table are
 * checked against this registry by ProviderListsTest.
 */
public final class SpeechProviders {

    private final Map<String, SpeechProvider> providers = new TreeMap<>();

    /** The providers found on the classpath of this class's loader. */
    public static SpeechProviders builtIn() {
        SpeechProviders registry = new SpeechProviders();
        ServiceLoader.load(SpeechProvider.class, SpeechProviders.class.getClassLoader()).forEach(registry::register);
        return registry;
    }

    public void register(SpeechProvider provider) {
        SpeechProvider earlier = providers.putIfAbsent(provider.id(), provider);
        if (earlier != null && earlier.getClass() != provider.getClass()) {
            throw new IllegalStateException("Two speech providers named " + provider.id() + ": "
                    + earlier.getClass().getName() + " and " + provider.getClass().getName());
        }
    }

    public Set<String> available() {
        return providers.keySet();
    }

    public SpeechProvider get(String name) {
        SpeechProvider provider = providers.get(name);
        if (provider == null) {
            throw new SpeechValidationException("provider", "Unknown speech provider '" + name + "'; providers: "
                    + available());
        }
        return provider;
    }
}
