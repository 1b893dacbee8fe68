package io.camelspeech.component.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's own figures, always counted (cheaply) for the dev console and JMX, and passed on to Micrometer
 * when the application has a meter registry: requests by provider, operation and outcome, retries, time spent
 * waiting for the rate limiter, job durations by final state, callbacks by result, credits used, audio seconds.
 */
public final class SpeechStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(SpeechStatistics.class);
    /** The bean name camel-micrometer (and Camel Main's metrics) bind their registry under. */
    private static final String METRICS_REGISTRY = "metricsRegistry";

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rateLimitWaitMillis = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> jobsFinished = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> callbacks = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> credits = new ConcurrentHashMap<>();
    private final Map<String, DoubleAdder> audioSeconds = new ConcurrentHashMap<>();
    private final MeterSink meters;

    private SpeechStatistics(MeterSink meters) {
        this.meters = meters;
    }

    /** Counts in memory only. */
    public static SpeechStatistics inMemory() {
        return new SpeechStatistics(null);
    }

    /**
     * Counts in memory, and into the application's Micrometer registry when there is one: the bean
     * {@code metricsRegistry} (camel-micrometer, Camel Main) or the only {@code MeterRegistry} bound (Spring Boot).
     */
    public static SpeechStatistics forContext(CamelContext context) {
        try {
            Class<?> type = Class.forName("io.micrometer.core.instrument.MeterRegistry", false,
                    SpeechStatistics.class.getClassLoader());
            Object registry = context.getRegistry().lookupByName(METRICS_REGISTRY);
            if (!type.isInstance(registry)) {
                registry = context.getRegistry().findSingleByType(type);
            }
            if (registry != null) {
                LOG.debug("Speech meters go to {}", registry);
                return new SpeechStatistics(new MicrometerSink((io.micrometer.core.instrument.MeterRegistry) registry));
            }
        } catch (ClassNotFoundException | LinkageError noMicrometer) {
            // Micrometer is optional: the figures stay in memory (dev console, JMX)
        }
        return inMemory();
    }

    public boolean hasMeterRegistry() {
        return meters != null;
    }

    public void request(String provider, String operation, String outcome, long nanos) {
        count(requests, provider + "/" + operation + "/" + outcome, 1);
        if (meters != null) {
            meters.request(provider, operation, outcome, nanos);
        }
    }

    public void retry(String provider, String reason) {
        count(retries, provider, 1);
        if (meters != null) {
            meters.retry(provider, reason);
        }
    }

    public void rateLimitWait(String provider, long nanos) {
        count(rateLimitWaitMillis, provider, nanos / 1_000_000);
        if (meters != null) {
            meters.rateLimitWait(provider, nanos);
        }
    }

    public void jobFinished(String provider, String state, long millis) {
        count(jobsFinished, provider + "/" + state, 1);
        if (meters != null) {
            meters.jobFinished(provider, state, millis);
        }
    }

    public void callback(String provider, String result) {
        count(callbacks, provider + "/" + result, 1);
        if (meters != null) {
            meters.callback(provider, result);
        }
    }

    public void credits(String provider, long used) {
        count(credits, provider, used);
        if (meters != null) {
            meters.credits(provider, used);
        }
    }

    public void audioSeconds(String provider, String operation, double seconds) {
        audioSeconds.computeIfAbsent(provider + "/" + operation, key -> new DoubleAdder()).add(seconds);
        if (meters != null) {
            meters.audioSeconds(provider, operation, seconds);
        }
    }

    /** A figure read when the registry is scraped (jobs in flight...). */
    public void gauge(String name, String description, Supplier<Number> value) {
        if (meters != null) {
            meters.gauge(name, description, value);
        }
    }

    /** Requests by "provider/operation/outcome". */
    public Map<String, Long> requests() {
        return snapshot(requests);
    }

    /** Retries by provider. */
    public Map<String, Long> retries() {
        return snapshot(retries);
    }

    /** Milliseconds waited for the rate limiter, by provider. */
    public Map<String, Long> rateLimitWaitMillis() {
        return snapshot(rateLimitWaitMillis);
    }

    /** Finished jobs by "provider/state". */
    public Map<String, Long> jobsFinished() {
        return snapshot(jobsFinished);
    }

    /** Callbacks by "provider/result". */
    public Map<String, Long> callbacks() {
        return snapshot(callbacks);
    }

    /** Credits used, by provider. */
    public Map<String, Long> credits() {
        return snapshot(credits);
    }

    /** Seconds of audio transcribed, by "provider/operation". */
    public Map<String, Double> audioSeconds() {
        Map<String, Double> copy = new TreeMap<>();
        audioSeconds.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }

    private static void count(Map<String, LongAdder> counters, String key, long amount) {
        counters.computeIfAbsent(key, k -> new LongAdder()).add(amount);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }
}
