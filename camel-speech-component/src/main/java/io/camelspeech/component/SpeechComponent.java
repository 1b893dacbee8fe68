package io.camelspeech.component;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import io.camelspeech.component.store.JobRecord;
import java.util.List;
import java.util.Comparator;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import java.nio.file.Path;

import io.camelspeech.component.callback.CallbackReceiver;
import io.camelspeech.component.job.JobEngine;
import io.camelspeech.component.job.JobTracker;
import io.camelspeech.component.store.FileJobStore;
import io.camelspeech.component.store.JobStore;
import io.camelspeech.component.support.Hashes;
import io.camelspeech.component.provider.RateLimits;
import io.camelspeech.component.provider.SpeechProvider;
import io.camelspeech.component.provider.SpeechProviders;
import io.camelspeech.component.transport.AsyncRateLimiter;
import io.camelspeech.component.transport.SpeechHttpTransport;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Consumer;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import io.camelspeech.component.health.ProviderProbes;
import io.camelspeech.component.metrics.SpeechStatistics;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The {@code speech:} component. Owns what endpoints share: the HTTP client (unless one is bound in the registry),
 * the scheduler that runs retries and waits, and one rate limiter per provider API key.
 */
@Component("speech")
@ManagedResource(description = "Speech component: jobs, rate limiters, callbacks and provider figures")
public class SpeechComponent extends HealthCheckComponent {

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

    @Metadata(label = "advanced", autowired = true,
              description = "The job store: every submitted job is recorded there before the route continues, so a"
                            + " restart resumes it and the same input is not paid for twice. Default: a file store in"
                            + " jobStoreDirectory. Bind a JdbcJobStore to share jobs between several Camel instances.")
    private JobStore jobStore;
    @Metadata(defaultValue = "speech-jobs",
              description = "The folder of the default file job store (one JSON file per job, written atomically).")
    private String jobStoreDirectory = "speech-jobs";
    @Metadata(label = "advanced", defaultValue = "1048576",
              description = "The largest callback body accepted, in bytes; larger ones are answered 413.")
    private long callbackMaxBodySize = 1024 * 1024;
    @Metadata(label = "security", secret = true,
              description = "Credentials per provider, so that no key needs to be in an endpoint URI (Camel prints"
                            + " resolved URIs in its logs): keys are provider.option, e.g. ttsai.apiKey or"
                            + " tencent.secretKey (in Camel Main the key goes in square brackets after credentials). Give"
                            + " the values as placeholders such as {{env:TTSAI_KEY}}: Camel masks secrets by property"
                            + " name and cannot tell these are secrets. An endpoint's own option wins; the environment"
                            + " variable SPEECH_{PROVIDER}_{OPTION} is the last fallback.")
    private Map<String, String> credentials = new HashMap<>();
    @Metadata(label = "health", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How often, at most, the health checks ask a provider account (provider, base URL and"
                            + " credentials) whether it accepts the credentials, with its cheapest free request; checks in"
                            + " between report the last answer. These requests count against the plan's rate limit.")
    private long healthCheckProbeInterval = 60000;

    private static final java.util.regex.Pattern UNSET_OPTIONAL
            = java.util.regex.Pattern.compile("(RAW\\()?\\{\\{\\?[^}]+}}\\)?");

    private final SpeechProviders providers = SpeechProviders.builtIn();
    /** This instance's name in job leases: unique per start, as a restarted instance is another owner. */
    private final String instanceId = java.util.UUID.randomUUID().toString();
    /** The platform-http consumers receiving callbacks, by their URI: owned, started and stopped by this component. */
    private final Map<String, Consumer> callbackConsumers = new ConcurrentHashMap<>();
    private final Map<String, Set<SpeechJobsConsumer>> jobConsumers = new ConcurrentHashMap<>();
    private JobStore ownedStore;
    private JobTracker tracker;
    private final Map<String, AsyncRateLimiter> limiters = new ConcurrentHashMap<>();
    private SpeechHttpTransport transport;
    private JobEngine jobEngine;
    private ExecutorService ioExecutor;
    private ScheduledExecutorService scheduler;
    private ProviderProbes probes;
    private SpeechStatistics statistics = SpeechStatistics.inMemory();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String[] parts = remaining.split(":", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new SpeechValidationException("uri", "Expected speech:provider:operation, got " + uri);
        }
        SpeechProvider provider = providers.get(parts[0]);
        SpeechOperation operation = SpeechOperation.fromUri(parts[1]);
        boolean jobsConsumer = operation == SpeechOperation.jobs
                && provider.operations().stream().anyMatch(provider::tracksJobs);
        if (!jobsConsumer && !provider.operations().contains(operation)) {
            throw new SpeechValidationException("operation", provider.id() + " does not offer " + operation
                    + "; it offers " + provider.operations());
        }
        // a Kamelet's optional property left unset arrives as its placeholder (RAW-wrapped when secret): it is not set
        parameters.values().removeIf(value -> value instanceof String text && UNSET_OPTIONAL.matcher(text).matches());
        DeprecatedOptions.rename(uri, parameters);
        Set<String> uriOptions = new LinkedHashSet<>(parameters.keySet());
        SpeechEndpoint endpoint = new SpeechEndpoint(uri, this, provider, operation, configuration.copy());
        setProperties(endpoint, parameters);
        endpoint.validateOptions(uriOptions);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // one thread; an unbounded queue: every waiting job is a scheduled poll, and there may be many thousands
        scheduler = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "SpeechScheduler",
                new ThreadPoolProfileBuilder("speech-scheduler").poolSize(1).maxPoolSize(1).maxQueueSize(-1).build());
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
        probes = new ProviderProbes(healthCheckProbeInterval);
        jobEngine = new JobEngine(scheduler);
        JobStore store = jobStore;
        if (store == null) {
            ownedStore = new FileJobStore(Path.of(jobStoreDirectory).toAbsolutePath());
            store = ownedStore;
        }
        // after a durable write the work goes on on the HTTP client's threads, as after an answer
        statistics = SpeechStatistics.forContext(getCamelContext());
        JobEngine engine = jobEngine;
        statistics.gauge("camel.speech.jobs.in.flight", "Jobs this instance is waiting for", engine::inFlight);
        tracker = new JobTracker(store, jobEngine, instanceId, scheduler,
                client.executor().orElseGet(java.util.concurrent.ForkJoinPool::commonPool), statistics);
    }

    @Override
    protected void doStop() throws Exception {
        // no callback may arrive while the jobs and their store are being closed
        callbackConsumers.values().forEach(ServiceHelper::stopAndShutdownService);
        callbackConsumers.clear();
        if (jobEngine != null) {
            jobEngine.stop();
            jobEngine = null;
        }
        if (tracker != null) {
            tracker.close();
        }
        limiters.clear();

        if (ownedStore != null) {
            ownedStore.close();
            ownedStore = null;
        }
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

    JobTracker tracker() {
        return tracker;
    }

    /**
     * Receives the provider's callbacks at {@code <path>/<provider>/{reference}} through a platform-http consumer this
     * component creates, starts and stops itself (no route in the user's context), once per provider and path,
     * whatever the number of endpoints that need it.
     */
    synchronized void registerCallbacks(SpeechProvider provider, String path) throws Exception {
        String uri = "platform-http:" + path + "/" + provider.id() + "/{reference}?httpMethodRestrict=POST";
        if (callbackConsumers.containsKey(uri)) {
            return;
        }
        CallbackReceiver receiver = new CallbackReceiver(provider, tracker, callbackMaxBodySize,
                record -> consumersOf(record.provider()).forEach(consumer -> consumer.finishedByCallback(record)),
                statistics);
        Consumer consumer = getCamelContext().getEndpoint(uri).createConsumer(receiver);
        callbackConsumers.put(uri, consumer);
        if (getCamelContext().isStarted()) {
            ServiceHelper.startService(consumer);
            return;
        }
        // the platform-http server is one of the context's services: it is there once the context is up
        getCamelContext().addStartupListener(new ExtendedStartupListener() {
            @Override
            public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
            }

            @Override
            public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
                if (callbackConsumers.containsValue(consumer)) {
                    ServiceHelper.startService(consumer);
                }
            }
        });
    }

    void addJobsConsumer(SpeechJobsConsumer consumer) {
        jobConsumers.computeIfAbsent(consumer.getEndpoint().getProvider(), p -> ConcurrentHashMap.newKeySet()).add(consumer);
    }

    void removeJobsConsumer(SpeechJobsConsumer consumer) {
        consumersOf(consumer.getEndpoint().getProvider()).remove(consumer);
    }

    private Set<SpeechJobsConsumer> consumersOf(String provider) {
        return jobConsumers.getOrDefault(provider, Set.of());
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
        String key = provider.id() + ":" + Hashes.sha256Hex(apiKey) + ":" + perMinute + ":" + concurrent;
        return limiters.computeIfAbsent(key, k -> new AsyncRateLimiter(perMinute, concurrent, scheduler));
    }


    public JobStore getJobStore() {
        return jobStore;
    }

    /** The job store; default a file store in jobStoreDirectory. */
    public void setJobStore(JobStore jobStore) {
        this.jobStore = jobStore;
    }

    public String getJobStoreDirectory() {
        return jobStoreDirectory;
    }

    /** The folder of the default file job store. */
    public void setJobStoreDirectory(String jobStoreDirectory) {
        this.jobStoreDirectory = jobStoreDirectory;
    }

    public long getHealthCheckProbeInterval() {
        return healthCheckProbeInterval;
    }

    /** How often, at most, a provider account is probed by the health checks (milliseconds). */
    public void setHealthCheckProbeInterval(long healthCheckProbeInterval) {
        this.healthCheckProbeInterval = healthCheckProbeInterval;
    }

    // --- what operators see (dev console "speech", JMX) ------------------------------------------------------

    /** Jobs this instance waits for now (producers' waits; the jobs consumers' polls are not waits). */
    @ManagedAttribute(description = "Jobs this instance is waiting for now")
    public int getJobsInFlight() {
        return jobEngine == null ? 0 : jobEngine.inFlight();
    }

    @ManagedAttribute(description = "The job store: its type and location")
    public String getJobStoreDescription() {
        return tracker == null ? "not started" : tracker.store().describe();
    }

    @ManagedAttribute(description = "Jobs not yet final in the job store, all providers")
    public int getPendingJobs() {
        return pendingByProvider().values().stream().mapToInt(List::size).sum();
    }

    @ManagedAttribute(description = "Age in milliseconds of the oldest job not yet final (0 when none)")
    public long getOldestPendingJobAgeMillis() {
        Instant now = Instant.now();
        return pendingByProvider().values().stream().flatMap(List::stream).map(JobRecord::createdAt)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
                .map(oldest -> Duration.between(oldest, now).toMillis()).orElse(0L);
    }

    @ManagedAttribute(description = "Requests by provider/operation/outcome")
    public String getRequests() {
        return statistics.requests().toString();
    }

    @ManagedAttribute(description = "Provider callbacks received by provider/result")
    public String getCallbacks() {
        return statistics.callbacks().toString();
    }

    @ManagedAttribute(description = "Credits the providers reported as used, by provider")
    public String getCreditsUsed() {
        return statistics.credits().toString();
    }

    @ManagedAttribute(description = "Requests waiting for, and holding, a slot of each rate limiter (provider and key)")
    public String getRateLimiterQueues() {
        return rateLimiterQueues().toString();
    }

    /** Deletes final jobs older than {@code hours} from the job store; returns how many. */
    @ManagedOperation(description = "Deletes final jobs older than the given number of hours from the job store")
    public int purgeFinishedJobs(int hours) {
        return tracker.store().purge(Instant.now().minus(Duration.ofHours(hours)));
    }

    /**
     * Asks the provider about a job now (by our reference or the provider's job id) through a running jobs consumer of
     * its provider, instead of waiting for the next paced poll; a final job is emitted as usual.
     */
    @ManagedOperation(description = "Asks the provider about a job now (reference or provider/jobId) and emits it when final")
    public String resumeJob(String referenceOrProviderSlashJobId) {
        String key = referenceOrProviderSlashJobId == null ? "" : referenceOrProviderSlashJobId.trim();
        int slash = key.indexOf('/');
        java.util.Optional<JobRecord> found = slash > 0
                ? tracker.store().findByJobId(key.substring(0, slash), key.substring(slash + 1))
                : tracker.store().findByReference(key);
        if (found.isEmpty()) {
            return "no job " + key + " in " + tracker.store().describe();
        }
        JobRecord record = found.get();
        if (record.emitted()) {
            return "job " + key + " is " + record.state() + " and was already handed to a route";
        }
        for (SpeechJobsConsumer consumer : consumersOf(record.provider())) {
            if (consumer.resumeNow(record)) {
                return "job " + key + " (" + record.state() + ") is being asked about now by "
                       + consumer.getEndpoint().getProvider() + " jobs consumer";
            }
        }
        return "no running speech:" + record.provider() + ":jobs consumer could take job " + key;
    }

    /** Jobs not yet final, by provider (each provider that tracks jobs). */
    public Map<String, List<JobRecord>> pendingByProvider() {
        Map<String, List<JobRecord>> pending = new java.util.TreeMap<>();
        if (tracker == null) {
            return pending;
        }
        for (String name : providers.available()) {
            SpeechProvider provider = providers.get(name);
            if (provider.operations().stream().anyMatch(provider::tracksJobs)) {
                pending.put(name, tracker.store().pending(name));
            }
        }
        return pending;
    }

    /** Waiting and in-flight requests of each rate limiter, by provider and a short, non-reversible key id. */
    public Map<String, Map<String, Integer>> rateLimiterQueues() {
        Map<String, Map<String, Integer>> queues = new java.util.TreeMap<>();
        limiters.forEach((key, limiter) -> {
            String[] parts = key.split(":");
            queues.put(parts[0] + " key " + parts[1].substring(0, 8),
                    Map.of("waiting", limiter.waitingCount(), "inFlight", limiter.inFlightCount()));
        });
        return queues;
    }

    /** The component's figures: requests, retries, rate-limit waits, jobs, callbacks, credits, audio seconds. */
    public SpeechStatistics statistics() {
        return statistics;
    }

    ProviderProbes probes() {
        return probes;
    }

    public Map<String, String> getCredentials() {
        return credentials;
    }

    /** Credentials per provider, keyed provider.option (ttsai.apiKey, tencent.secretKey...). */
    public void setCredentials(Map<String, String> credentials) {
        this.credentials = credentials;
    }

    public long getCallbackMaxBodySize() {
        return callbackMaxBodySize;
    }

    /** The largest callback body accepted, in bytes. */
    public void setCallbackMaxBodySize(long callbackMaxBodySize) {
        this.callbackMaxBodySize = callbackMaxBodySize;
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
