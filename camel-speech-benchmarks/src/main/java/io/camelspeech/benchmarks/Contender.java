package io.camelspeech.benchmarks;

import java.time.Duration;

/** One way of sending the throughput benchmark's text-to-speech requests. */
interface Contender {

    /** Key of its figures in the child's results: raw, route, component. */
    String key();

    void start() throws Exception;

    /** Sends {@code requests} requests, {@code concurrency} at a time; bounded by {@code limit}. */
    RunStats run(int requests, int concurrency, Duration limit) throws Exception;

    void close() throws Exception;
}
