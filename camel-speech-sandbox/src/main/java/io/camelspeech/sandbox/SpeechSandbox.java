package io.camelspeech.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.camelspeech.sandbox.audio.AudioCache;
import io.camelspeech.sandbox.spi.DaemonThreads;
import io.camelspeech.sandbox.spi.JobFates;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.WebhookSender;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A local HTTP server on 127.0.0.1 that imitates speech providers' documented APIs, each under its own prefix
 * (see {@link #providerBaseUrl(String)}), with a {@link WireLog} of what clients sent and {@link Faults} to inject.
 */
public final class SpeechSandbox implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final int BACKLOG = 256;
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // the JDK server sends headers and body as separate segments: without TCP_NODELAY every answer waits
        // ~40 ms for a delayed ACK; read once per JVM, so it only helps when no HttpServer was created before
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private final SandboxConfig config;
    private final HttpServer server;
    private final ExecutorService workers;
    private final WebhookSender webhooks = new WebhookSender();
    private final Faults faults = new Faults();
    private final WireLog wire = new WireLog();
    private final JobFates jobFates = new JobFates(Providers.jobProviders());
    private final SandboxJobs jobs = new SandboxJobs(jobFates);
    private final List<ProviderModule> modules;
    private final String baseUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SpeechSandbox(SandboxConfig config, HttpServer server, ExecutorService workers) {
        this.config = config;
        this.server = server;
        this.workers = workers;
        this.baseUrl = "http://" + HOST + ":" + server.getAddress().getPort();
        SandboxContext context = new SandboxContext(config, baseUrl, webhooks, jobFates,
                new AudioCache(config.audioCacheBytes()));
        this.modules = Providers.ALL.stream().map(provider -> provider.module().apply(context)).toList();
        if (config.faultRate() > 0) {
            faults.randomly(config.faultRate(), config.faultSeed());
        }
        server.createContext("/", new SandboxDispatcher(modules, faults, wire, baseUrl));
        server.setExecutor(workers);
        startFromDaemonThread(server);
    }

    // the JDK's dispatcher thread inherits the daemon flag of the thread that starts the server: a sandbox that
    // was never closed (say, after a failed test) must not keep the JVM from exiting
    private static void startFromDaemonThread(HttpServer server) {
        Thread starter = new Thread(server::start, "sandbox-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the sandbox", e);
        }
    }

    /** Starts a sandbox bound to 127.0.0.1 (port 0 picks a free port). */
    public static SpeechSandbox start(SandboxConfig config) {
        Objects.requireNonNull(config, "config");
        ExecutorService workers = Executors.newFixedThreadPool(config.threads(), DaemonThreads.named("sandbox-http"));
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(HOST, config.port()), BACKLOG);
            return new SpeechSandbox(config, server, workers);
        } catch (IOException e) {
            workers.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + HOST + ":" + config.port(), e);
        }
    }

    /** Starts a sandbox with default settings on a free port. */
    public static SpeechSandbox start() {
        return start(SandboxConfig.builder().build());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The base URL of one provider's API: {@code ttsai} gives {@code http://127.0.0.1:<port>/ttsai/v1},
     * {@code replica} {@code .../replica/v2}, {@code aimlapi} {@code .../aimlapi/v1}, {@code audiostack}
     * {@code .../audiostack} and {@code tencent} {@code .../tencent}.
     */
    public String providerBaseUrl(String provider) {
        return modules.stream()
                .filter(module -> module.name().equals(provider))
                .findFirst()
                .map(module -> baseUrl + module.basePath())
                .orElseThrow(() -> new IllegalArgumentException("unknown provider " + provider + "; known: " + providers()));
    }

    /** Names of the imitated providers: {@code [ttsai, replica, aimlapi, audiostack, tencent, openai]}. */
    public List<String> providers() {
        return modules.stream().map(ProviderModule::name).toList();
    }

    public Faults faults() {
        return faults;
    }

    public WireLog wire() {
        return wire;
    }

    /** Scripts how the next jobs of Replica, AI/ML API, AudioStack and Tencent end, and counts them. */
    public SandboxJobs jobs() {
        return jobs;
    }

    public SandboxConfig config() {
        return config;
    }

    /** Stops the server, pending webhooks, the modules' own work and worker threads; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            webhooks.close();
            modules.forEach(ProviderModule::close);
            workers.shutdownNow();
        }
    }
}
