package io.camelspeech.component.metrics;

import java.util.function.Supplier;

/** Where the figures also go when the application has a meter registry (Micrometer); see {@link MicrometerSink}. */
interface MeterSink {

    void request(String provider, String operation, String outcome, long nanos);

    void retry(String provider, String reason);

    void rateLimitWait(String provider, long nanos);

    void jobFinished(String provider, String state, long millis);

    void callback(String provider, String result);

    void credits(String provider, long credits);

    void audioSeconds(String provider, String operation, double seconds);

    void gauge(String name, String description, Supplier<Number> value);
}
