package io.camelspeech.component;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.camelspeech.component.job.JobEngine;
import io.camelspeech.component.provider.RateLimits;
import io.camelspeech.component.provider.SpeechProvider;
import io.camelspeech.component.provider.SpeechProviders;
import io.camelspeech.component.transport.AsyncRateLimiter;
import io.camelspeech.component.transport.SpeechHttpTransport;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code speech:} component. Owns what endpoints share: the HTTP client (unless one is bound in the registry),
 * the scheduler that runs retries and waits, and one rate limiter per provider API key.
 */
@Component("speech")
public class SpeechComponent extends DefaultComponent {

    @Metadata(description = "Default options for every speech endpoint of this component")
    private SpeechConfiguration configuration = new SpeechConfiguration();
    @Metadata(label = "advanced", autowired = true,
              description = "A java.net.http.HttpClient to use instead of the component's own (proxy, TLS settings)."
                            + " A client given here is not closed by the component.")
    private HttpClient httpClient;
    @Metadata(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long in milliseconds connecting to a provider may take (the component's own client).")
    private long connectTimeout = 10000;
    @Metadata(label = "advanced", defaultValue = "4",
              description = "Threads of the component's own HTTP client: they only move bytes and run completions,"
                            + " never wait for a provider, so a few serve any number of requests in flight.")
    private int ioThreads = 4;

    private final SpeechProviders providers = SpeechProviders.builtIn();
    private final Map<String, AsyncRateLimiter> limiters = new ConcurrentHashMap<>();
    private SpeechHttpTransport transport;
    private JobEngine jobEngine;
    private ExecutorService ioExecutor;
    private ScheduledExecutorService scheduler;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String[] parts = remaining.split(":", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new SpeechValidationException("uri", "Expected speech:provider:operation, got " + uri);
        }
        SpeechProvider provider = providers.get(parts[0]);
        SpeechOperation operation = SpeechOperation.fromUri(parts[1]);
        if (!provider.operations().contains(operation)) {
            throw new SpeechValidationException("operation", provider.id() + " does not offer " + operation
                    + "; it offers " + provider.operations());
        }
        Set<String> uriOptions = new LinkedHashSet<>(parameters.keySet());
        SpeechEndpoint endpoint = new SpeechEndpoint(uri, this, provider, operation, configuration.copy());
        setProperties(endpoint, parameters);
        endpoint.validateOptions(uriOptions);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        scheduler = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "SpeechScheduler", 1);
        HttpClient client = httpClient;
        if (client == null) {
            ioExecutor = getCamelContext().getExecutorServiceManager().newFixedThreadPool(this, "SpeechHttp", ioThreads);
            client = HttpClient.newBuilder()
                    .executor(ioExecutor)
                    .connectTimeout(Duration.ofMillis(connectTimeout))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        transport = new SpeechHttpTransport(client, scheduler);
        jobEngine = new JobEngine(scheduler);
    }

    @Override
    protected void doStop() throws Exception {
        if (jobEngine != null) {
            jobEngine.stop();
            jobEngine = null;
        }
        limiters.clear();
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdown(scheduler);
            scheduler = null;
        }
        if (ioExecutor != null) {
            // the JDK client of Java 17 has no close(): without its executor it does no more work
            getCamelContext().getExecutorServiceManager().shutdown(ioExecutor);
            ioExecutor = null;
        }
        transport = null;
        super.doStop();
    }

    JobEngine jobEngine() {
        return jobEngine;
    }

    SpeechHttpTransport transport() {
        return transport;
    }

    /** One limiter per provider and API key (keys are hashed: the map must not keep them in clear). */
    AsyncRateLimiter limiter(SpeechProvider provider, String apiKey, SpeechConfiguration config) {
        if (!config.isRateLimiting()) {
            return AsyncRateLimiter.unlimited(scheduler);
        }
        RateLimits plan = provider.rateLimits(config.getPlan());
        int perMinute = config.getRequestsPerMinute() > 0 ? config.getRequestsPerMinute() : plan.requestsPerMinute();
        int concurrent = config.getMaxConcurrentRequests() > 0 ? config.getMaxConcurrentRequests()
                : plan.concurrentRequests();
        String key = provider.id() + ":" + sha256(apiKey) + ":" + perMinute + ":" + concurrent;
        return limiters.computeIfAbsent(key, k -> new AsyncRateLimiter(perMinute, concurrent, scheduler));
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public SpeechProviders getProviders() {
        return providers;
    }

    public SpeechConfiguration getConfiguration() {
        return configuration;
    }

    /** Default options for every speech endpoint of this component. */
    public void setConfiguration(SpeechConfiguration configuration) {
        this.configuration = configuration;
    }

    public HttpClient getHttpClient() {
        return httpClient;
    }

    /** A java.net.http.HttpClient to use instead of the component's own; it is not closed by the component. */
    public void setHttpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** How long in milliseconds connecting to a provider may take. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getIoThreads() {
        return ioThreads;
    }

    /** Threads of the component's own HTTP client. */
    public void setIoThreads(int ioThreads) {
        this.ioThreads = ioThreads;
    }
}
