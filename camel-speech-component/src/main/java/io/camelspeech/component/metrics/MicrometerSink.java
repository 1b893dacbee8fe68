package io.camelspeech.component.metrics;

import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The component's figures as Micrometer meters, named like Camel's own ({@code camel.speech.*}), tagged by provider
 * and operation. Only loaded when Micrometer is on the classpath and a registry is bound.
 */
final class MicrometerSink implements MeterSink {

    private final MeterRegistry registry;

    MicrometerSink(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void request(String provider, String operation, String outcome, long nanos) {
        Timer.builder("camel.speech.requests").description("Operations sent to speech providers, by outcome")
                .tags("provider", provider, "operation", operation, "outcome", outcome)
                .register(registry).record(Duration.ofNanos(nanos));
    }

    @Override
    public void retry(String provider, String reason) {
        Counter.builder("camel.speech.retries").description("Provider requests sent again (rate limit, 5xx, dropped)")
                .tags("provider", provider, "reason", reason).register(registry).increment();
    }

    @Override
    public void rateLimitWait(String provider, long nanos) {
        Timer.builder("camel.speech.rate.limit.wait")
                .description("Time requests waited (without a thread) for a slot of the plan's rate limits")
                .tags("provider", provider).register(registry).record(Duration.ofNanos(nanos));
    }

    @Override
    public void jobFinished(String provider, String state, long millis) {
        Timer.builder("camel.speech.job.duration").description("From submission to the job's final state")
                .tags("provider", provider, "state", state).register(registry).record(Duration.ofMillis(millis));
    }

    @Override
    public void callback(String provider, String result) {
        Counter.builder("camel.speech.callbacks").description("Provider callbacks received, by result")
                .tags("provider", provider, "result", result).register(registry).increment();
    }

    @Override
    public void credits(String provider, long credits) {
        Counter.builder("camel.speech.credits.used").description("Credits the providers reported as used")
                .tags("provider", provider).register(registry).increment(credits);
    }

    @Override
    public void audioSeconds(String provider, String operation, double seconds) {
        Counter.builder("camel.speech.audio.seconds").description("Seconds of audio transcribed")
                .baseUnit("seconds").tags("provider", provider, "operation", operation).register(registry)
                .increment(seconds);
    }

    @Override
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }
}
