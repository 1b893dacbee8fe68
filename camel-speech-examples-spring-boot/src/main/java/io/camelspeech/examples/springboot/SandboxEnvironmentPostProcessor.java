package io.camelspeech.examples.springboot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Before the application context exists (so before anything binds camel.component.speech.* or resolves a route's
 * placeholders): for each provider of the example without credentials in the environment, starts the in-process
 * sandbox once and puts, with the highest precedence, its base URL into {@code speech.<provider>.base-url} and its
 * keys into the component's credentials map, as a user's real ones would be. The sandbox stops with the context.
 * {@code speech.examples.sandbox}: auto (default), always, never.
 */
public class SandboxEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "speechSandbox";
    private static final String CREDENTIALS = "camel.component.speech.credentials";
    /** Provider -> its credential options, as the sandbox accepts them. */
    private static final Map<String, Map<String, String>> PROVIDERS = Map.of(
            "ttsai", Map.of("apiKey", "sandbox-key"),
            "tencent", Map.of("secretId", "sandbox-id", "secretKey", "sandbox-secret"));

    private final Log log;

    public SandboxEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(SandboxEnvironmentPostProcessor.class);
    }

    /** After application.yaml and the environment are read: their credentials decide. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        String mode = environment.getProperty("speech.examples.sandbox", "auto").trim().toLowerCase(Locale.ROOT);
        if ("never".equals(mode)) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        SpeechSandbox sandbox = null;
        for (String provider : List.of("ttsai", "tencent")) {
            Map<String, String> keys = PROVIDERS.get(provider);
            if (!"always".equals(mode) && hasCredentials(environment, provider, keys)) {
                continue;
            }
            if (sandbox == null) {
                sandbox = SpeechSandbox.start();
            }
            properties.put("speech." + provider + ".base-url", sandbox.providerBaseUrl(provider));
            keys.forEach((option, value) -> properties.put(credential(provider, option), value));
            log.info(provider + ": no credentials configured, using the embedded sandbox at "
                     + sandbox.providerBaseUrl(provider));
        }
        if (sandbox == null) {
            return;
        }
        if (properties.containsKey("speech.tencent.base-url")) {
            forgetJobsOfAnEarlierSandbox(environment);
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        application.addListeners(new SandboxCloser(sandbox));
    }

    static String credential(String provider, String option) {
        return CREDENTIALS + "[" + provider + "." + option + "]";
    }

    private static boolean hasCredentials(ConfigurableEnvironment environment, String provider, Map<String, String> keys) {
        return keys.keySet().stream().allMatch(option -> {
            String value = environment.getProperty(credential(provider, option));
            return value != null && !value.isBlank();
        });
    }

    /** Jobs a previous run's sandbox accepted cannot be found on this one: the file store starts empty. */
    private void forgetJobsOfAnEarlierSandbox(ConfigurableEnvironment environment) {
        String kind = environment.getProperty("camel.component.speech.job-store", "file");
        String directory = environment.getProperty("camel.component.speech.job-store-directory");
        if (!"file".equalsIgnoreCase(kind.trim()) || directory == null || !Files.isDirectory(Path.of(directory))) {
            return;
        }
        try (Stream<Path> paths = Files.walk(Path.of(directory))) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the job store " + directory, e);
        }
        log.info("Emptied the job store " + directory + ": its jobs were accepted by an earlier run's sandbox");
    }

    /** Stops the sandbox with the application context. */
    static final class SandboxCloser implements ApplicationListener<ContextClosedEvent> {

        private final SpeechSandbox sandbox;

        SandboxCloser(SpeechSandbox sandbox) {
            this.sandbox = sandbox;
        }

        @Override
        public void onApplicationEvent(ContextClosedEvent event) {
            sandbox.close();
        }
    }
}
