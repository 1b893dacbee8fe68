package io.camelspeech.examples.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.SpeechProviderException;
import io.camelspeech.component.SpeechValidationException;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The example's bookkeeping: copies the sample into the inbox on first start, writes the reason beside every failed
 * input, logs each result, prints how long start-up took and where to look, and in run-once mode stops the
 * application (exit code 0 only if everything succeeded) once what was waiting at start is handled: the texts in the
 * inbox and this run's callback job.
 */
@Component
public class ExampleProgress implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleProgress.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String SAMPLE = "hello-boot.txt";

    private final ConfigurableApplicationContext context;
    private final Environment environment;
    private final Path work;
    private final boolean runOnce;
    private final AtomicInteger expected = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean exiting = new AtomicBoolean();

    public ExampleProgress(ConfigurableApplicationContext context, Environment environment,
                           @Value("${speech.examples.work}") String work,
                           @Value("${speech.examples.run-once:false}") boolean runOnce) throws IOException {
        this.context = context;
        this.environment = environment;
        this.work = Path.of(work).toAbsolutePath();
        this.runOnce = runOnce;
        // before Camel starts (it starts once the context is refreshed): nothing is handled before it is counted
        copySampleOnFirstStart();
        expected.set(waitingTexts() + 1 /* the callback job submitted at start */);
    }

    public Path work() {
        return work;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String address = environment.getProperty("server.address", "127.0.0.1");
        LOG.info("Started in {} ms (JVM up {} ms). Drop text files into {}; speech appears in {}; failures in {}",
                event.getTimeTaken().toMillis(), ManagementFactory.getRuntimeMXBean().getUptime(),
                work.resolve("inbox/tts"), work.resolve("outbox/tts"), work.resolve("error/tts"));
        LOG.info("Health: http://{}:{}/actuator/health, metrics: http://{}:{}/actuator/metrics", address, port,
                address, port);
        if (runOnce) {
            LOG.info("Run-once: exiting when the {} inputs waiting at start are handled", expected.get());
        }
        ready.set(true);
        exitWhenFinished();
    }

    public void started(Exchange exchange) {
        exchange.setProperty("speechExampleStart", System.nanoTime());
        LOG.info("tts: {} started", input(exchange));
    }

    public void done(Exchange exchange) {
        LOG.info("tts: {} -> {} in {} ms", input(exchange),
                exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED), elapsedMillis(exchange));
        done.incrementAndGet();
        exitWhenFinished();
    }

    public void callbackDone(Exchange exchange) {
        LOG.info("callback: job {} {} ({}) -> {}", exchange.getMessage().getHeader(SpeechConstants.JOB_ID),
                exchange.getMessage().getHeader(SpeechConstants.JOB_STATE),
                exchange.getMessage().getHeader(SpeechConstants.COMPLETED_BY),
                exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED));
        done.incrementAndGet();
        exitWhenFinished();
    }

    /** {@code <name>.error.json} in error/tts, beside the input that the file consumer's moveFailed moves there. */
    public void failed(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("input", input(exchange));
        report.put("failedAt", Instant.now().toString());
        report.put("reason", failure == null ? "unknown" : failure.getMessage());
        report.put("exception", failure == null ? null : failure.getClass().getName());
        if (failure instanceof SpeechValidationException invalid) {
            report.put("subject", invalid.getSubject());
        }
        if (failure instanceof SpeechProviderException provider) {
            report.put("provider", provider.getProvider());
            report.put("status", provider.getStatusCode());
            report.put("errorCode", provider.getErrorCode());
            report.put("retryable", provider.isRetryable());
        }
        write(work.resolve("error/tts").resolve(input(exchange) + ".error.json"), report);
        LOG.warn("tts: {} failed after {} ms: {}", input(exchange), elapsedMillis(exchange), report.get("reason"));
        failed.incrementAndGet();
        exitWhenFinished();
    }

    private void exitWhenFinished() {
        if (!runOnce || !ready.get() || done.get() + failed.get() < expected.get() || !exiting.compareAndSet(false, true)) {
            return;
        }
        int failures = failed.get();
        LOG.info("Run-once: {} done, {} failed; exiting", done.get(), failures);
        // not on a Camel thread: closing the context stops Camel and waits for its threads
        Thread exit = new Thread(() -> System.exit(SpringApplication.exit(context, () -> failures == 0 ? 0 : 1)),
                "speech-example-exit");
        exit.start();
    }

    private void copySampleOnFirstStart() throws IOException {
        Path marker = work.resolve(".samples-copied");
        if (Files.exists(marker)) {
            return;
        }
        Path inbox = Files.createDirectories(work.resolve("inbox/tts"));
        Path staging = work.resolve("." + SAMPLE + ".copying");
        try (InputStream in = ExampleProgress.class.getResourceAsStream("/samples/" + SAMPLE)) {
            Files.copy(in, staging, StandardCopyOption.REPLACE_EXISTING);
        }
        // moved in whole: the watched folder never sees half a file
        Files.move(staging, inbox.resolve(SAMPLE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.createFile(marker);
        LOG.info("First start: copied {} into {}", SAMPLE, inbox);
    }

    private int waitingTexts() throws IOException {
        Path inbox = work.resolve("inbox/tts");
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return (int) files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase().endsWith(".txt")).count();
        }
    }

    private static String input(Exchange exchange) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        return name != null ? name : exchange.getExchangeId();
    }

    private static long elapsedMillis(Exchange exchange) {
        Long start = exchange.getProperty("speechExampleStart", Long.class);
        return start == null ? -1 : (System.nanoTime() - start) / 1_000_000;
    }

    /** Written aside and moved in, so a reader never sees half a report. */
    private static void write(Path target, Object content) {
        try {
            Files.createDirectories(target.getParent());
            Path staging = target.resolveSibling("." + target.getFileName() + ".part");
            JSON.writeValue(staging.toFile(), content);
            Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
