package io.camelspeech.sandbox.junit;

import io.camelspeech.sandbox.Faults;
import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SandboxJobs;
import io.camelspeech.sandbox.SpeechSandbox;
import io.camelspeech.sandbox.WireLog;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Objects;

/**
 * One {@link SpeechSandbox} per test class, started before its first test and closed after its last, with every
 * test starting from a clean state: empty wire log, no queued faults (the configured random faults again), no
 * scripted job fates or counts.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SandboxExtension sandbox = SandboxExtension.create();
 *
 * @Test
 * void speaks() {
 *     String baseUrl = sandbox.providerBaseUrl("ttsai");
 *     ...
 *     assertThat(sandbox.wire().last().path()).isEqualTo("/ttsai/v1/tts/");
 * }
 * }</pre>
 *
 * Register it in a {@code static} field: a sandbox per test class is the point, and JUnit only calls the class
 * callbacks of static extensions.
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final SandboxConfig config;
    private SpeechSandbox sandbox;

    private SandboxExtension(SandboxConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A sandbox with default settings on a free port. */
    public static SandboxExtension create() {
        return create(SandboxConfig.builder().build());
    }

    public static SandboxExtension create(SandboxConfig config) {
        return new SandboxExtension(config);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = SpeechSandbox.start(config);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SpeechSandbox running = sandbox();
        running.wire().clear();
        running.faults().clear();
        running.jobs().clear();
        if (config.faultRate() > 0) {
            running.faults().randomly(config.faultRate(), config.faultSeed());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    /** The running sandbox; only between the class's first and last test. */
    public SpeechSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("the sandbox runs only while the test class runs; register the "
                    + "SandboxExtension with @RegisterExtension in a static field");
        }
        return sandbox;
    }

    /** See {@link SpeechSandbox#providerBaseUrl(String)}. */
    public String providerBaseUrl(String provider) {
        return sandbox().providerBaseUrl(provider);
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return sandbox().baseUrl();
    }

    public WireLog wire() {
        return sandbox().wire();
    }

    public Faults faults() {
        return sandbox().faults();
    }

    public SandboxJobs jobs() {
        return sandbox().jobs();
    }

    public SandboxConfig config() {
        return config;
    }
}
