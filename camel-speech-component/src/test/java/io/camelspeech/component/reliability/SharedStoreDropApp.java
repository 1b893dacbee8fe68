package io.camelspeech.component.reliability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;

import io.camelspeech.component.SpeechComponent;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.store.JdbcJobStore;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the instances SharedStoreKillIT runs, each in its own JVM, all on one PostgreSQL job store and one shared
 * inbox: {@code <work>/inbox/*.txt} -> one Tencent clonedSpeech job per file (wait=false); the jobs consumer writes
 * each completion it emits to {@code <work>/completions/<reference>.json}, naming this instance.
 *
 * <p>Args: instance name, the sandbox's Tencent base URL, the work folder, the JDBC URL, the job table.
 *
 * <p>The inbox is shared through {@code readLock=fileLock}: an OS lock, held until the input is moved to
 * {@code .done} and released by the kernel when the JVM dies, so a killed instance's inputs are picked up by the
 * others. Two things keep that lock meaningful:
 * <ul>
 * <li>the input is read through the lock's own channel. POSIX locks belong to the process and the file: closing any
 * other descriptor of the file (a FileInputStream reading the body) would drop the lock while the input is being
 * submitted, and another instance could submit it at the same moment;</li>
 * <li>{@code readLockMarkerFile=false}: marker files of a killed JVM would hide its inputs from the others for
 * good.</li>
 * </ul>
 * The file consumer opens a file it listed with RandomAccessFile "rw" before locking it: when another instance has
 * just moved that input to {@code .done}, this re-creates it empty. Such an empty file (or an input gone by the time
 * it was locked) is a lock race of the shared inbox, not an input: it is recorded in {@code <work>/lock-races/},
 * moved aside to {@code .done/<name>.lockrace-...} and not submitted.
 *
 * <p>A failed input moves to {@code <work>/error/<instance>/} with {@code <work>/error/<input>.reason.txt}. A
 * completion emitted a second time fails its write ({@code fileExist=Fail}): it is logged and recorded in
 * {@code <work>/duplicates/}, never hidden.
 */
public final class SharedStoreDropApp {

    /** Written (its name ends with the instance name) once the context is started. */
    static final String STARTED_PREFIX = "started-";
    /** The drop route starts once this file exists in the work folder: all instances take the burst together. */
    static final String GO_FILE = "go";
    /** The reason file of a failed input, in the error folder. */
    static final String REASON_SUFFIX = FailureReport.REASON_SUFFIX;
    static final String INPUT_EXTENSION = ".txt";
    static final String COMPLETIONS = "completions";
    static final String DUPLICATES = "duplicates";
    static final String LOCK_RACES = "lock-races";
    static final String ERRORS = "error";
    /** Physical PostgreSQL connections per instance (three instances stay well below max_connections = 100). */
    static final int POOL_SIZE = 10;

    private static final String DROP_ROUTE = "drop";
    /** Appended to the name the input gets in .done: empty for an input, unique for a lock race. */
    private static final String DONE_SUFFIX = "SpeechTestDoneSuffix";
    private static final String LOCK_RACE = "SpeechTestLockRace";
    private static final Logger LOG = LoggerFactory.getLogger(SharedStoreDropApp.class);

    private SharedStoreDropApp() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: SharedStoreDropApp <instance> <tencentBaseUrl> <work> <jdbcUrl> <table>");
            System.exit(2);
        }
        String instance = args[0];
        String baseUrl = args[1];
        Path work = Path.of(args[2]);
        String jdbcUrl = args[3];
        String table = args[4];
        Path inbox = work.resolve("inbox");
        Path completions = work.resolve(COMPLETIONS);

        DefaultCamelContext context = new DefaultCamelContext();
        SpeechComponent speech = new SpeechComponent();
        speech.setJobStore(new JdbcJobStore(pooledDataSource(jdbcUrl, instance), table));
        context.addComponent("speech", speech);

        String connection = "secretId=sandbox-id&secretKey=RAW(sandbox-secret)&baseUrl=" + baseUrl
                            + "&leaseDuration=2000&maxConcurrentRequests=50&requestsPerMinute=1000000";
        String submit = "speech:tencent:clonedSpeech?" + connection + "&contentId=repo-1&wait=false";
        String jobs = "speech:tencent:jobs?" + connection + "&delay=200&pollInterval=500";
        // shuffle + eagerMaxMessagesPerPoll=false: each poll takes 50 random inputs of all those listed, so the
        // instances do not all queue on the same first 50; a file locked by another instance is skipped after 30 ms
        String drop = "file:" + inbox + "?antInclude=*" + INPUT_EXTENSION
                      + "&readLock=fileLock&readLockMarkerFile=false&readLockTimeout=30&readLockCheckInterval=10"
                      + "&move=.done/${file:name}${header." + DONE_SUFFIX + "}"
                      + "&moveFailed=" + work.resolve(ERRORS).resolve(instance)
                      + "&maxMessagesPerPoll=50&eagerMaxMessagesPerPoll=false&shuffle=true&delay=100&initialDelay=0";

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // not handled: the file consumer still moves the input to the error folder (moveFailed)
                onException(Exception.class).process(e -> FailureReport.append(work.resolve(ERRORS), instance, e));

                from(drop).routeId(DROP_ROUTE).autoStartup(false)
                        .process(e -> readLockedInput(e, work, inbox, instance))
                        .choice()
                            .when(exchangeProperty(LOCK_RACE).isNotNull()).stop()
                        .end()
                        .to(submit)
                        .setHeader(DONE_SUFFIX, constant(""));
            }
        });
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(jobs).routeId("completions")
                        .process(e -> {
                            String reference = e.getMessage().getHeader(SpeechConstants.JOB_REFERENCE, String.class);
                            if (reference == null || reference.isBlank()) {
                                reference = "no-reference-" + System.nanoTime();
                            }
                            e.getMessage().setBody(completion(e, instance, reference));
                            e.getMessage().setHeader(Exchange.FILE_NAME, reference + ".json");
                        })
                        .doTry()
                            .to("file:" + completions + "?fileExist=Fail&tempFileName=${file:name}.part")
                        .doCatch(GenericFileOperationFailedException.class)
                            // handled, so that the consumer marks it emitted and the test counts it once
                            .process(e -> recordDuplicate(work, completions, instance, e))
                        .end();
            }
        });
        context.start();
        Files.writeString(work.resolve(STARTED_PREFIX + instance), ProcessHandle.current().pid() + " "
                                                                   + Instant.now() + "\n");
        System.out.println(instance + ": started (pid " + ProcessHandle.current().pid() + ")");

        Path go = work.resolve(GO_FILE);
        while (!Files.exists(go)) {
            Thread.sleep(20);
        }
        context.getRouteController().startRoute(DROP_ROUTE);
        System.out.println(instance + ": drop route started at " + Instant.now());
        new CountDownLatch(1).await(); // until killed
    }

    /** A small pool per JVM: a connection per store call would cost PostgreSQL a backend per call. */
    @SuppressWarnings("deprecation")
    private static DataSource pooledDataSource(String url, String instance) {
        org.postgresql.ds.PGPoolingDataSource pool = new org.postgresql.ds.PGPoolingDataSource();
        pool.setDataSourceName("speech-shared-store-" + instance + "-" + ProcessHandle.current().pid());
        pool.setURL(url);
        pool.setMaxConnections(POOL_SIZE);
        return pool;
    }

    /**
     * The input's text, read through the channel that holds its OS lock (see the class comment), as the body; or a
     * lock race (the file is gone, or an empty file the lock attempt re-created), marked so the route stops.
     */
    private static void readLockedInput(Exchange exchange, Path work, Path inbox, String instance) throws IOException {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        exchange.getMessage().setHeader(DONE_SUFFIX, "");
        FileChannel channel = lockChannel(exchange);
        if (channel == null) {
            throw new IllegalStateException("no read-lock channel for " + name + " among the exchange properties "
                                            + exchange.getProperties().keySet() + " (readLock=fileLock expected)");
        }
        String race = null;
        byte[] content = null;
        if (!Files.exists(inbox.resolve(name))) {
            race = "gone";
        } else {
            content = readAll(channel);
            if (content.length == 0) {
                race = "empty";
            }
        }
        if (race != null) {
            long nanos = System.nanoTime();
            exchange.setProperty(LOCK_RACE, race);
            exchange.getMessage().setHeader(DONE_SUFFIX, ".lockrace-" + instance + "-" + nanos);
            Path races = Files.createDirectories(work.resolve(LOCK_RACES));
            Files.writeString(races.resolve(name + "." + instance + "." + nanos), race + "\n", StandardCharsets.UTF_8);
            LOG.debug("Lock race on {} ({}): not an input, not submitted", name, race);
            return;
        }
        exchange.getMessage().setBody(new String(content, StandardCharsets.UTF_8));
    }

    /** The FileChannel the fileLock read lock stored on the exchange (its key names the file). */
    private static FileChannel lockChannel(Exchange exchange) {
        for (Map.Entry<String, Object> property : exchange.getProperties().entrySet()) {
            if (property.getKey().contains(Exchange.FILE_LOCK_CHANNEL_FILE)
                && property.getValue() instanceof FileChannel channel) {
                return channel;
            }
        }
        return null;
    }

    /** The whole file by positional reads: the channel stays open and its position untouched. */
    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > 1024 * 1024) {
            throw new IOException("an input of " + size + " bytes: not one of this test's texts");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        long position = 0;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            position += read;
        }
        byte[] content = new byte[buffer.position()];
        buffer.flip();
        buffer.get(content);
        return content;
    }

    /** key=value lines: what the test reads back (who emitted it, when, in which state). */
    private static String completion(Exchange exchange, String instance, String reference) {
        String body = String.valueOf(exchange.getMessage().getBody()).replaceAll("[\\r\\n]+", " ");
        return "reference=" + reference + "\n"
               + "instance=" + instance + "\n"
               + "pid=" + ProcessHandle.current().pid() + "\n"
               + "state=" + header(exchange, SpeechConstants.JOB_STATE) + "\n"
               + "jobId=" + header(exchange, SpeechConstants.JOB_ID) + "\n"
               + "completedBy=" + header(exchange, SpeechConstants.COMPLETED_BY) + "\n"
               + "writtenAt=" + System.currentTimeMillis() + "\n"
               + "body=" + body + "\n";
    }

    private static String header(Exchange exchange, String name) {
        String value = exchange.getMessage().getHeader(name, String.class);
        return value == null ? "" : value;
    }

    /**
     * The completion file exists already: a second emission, recorded in {@code <work>/duplicates/} (the content of
     * this emission) and logged. Any other write failure is thrown again, so the completion is emitted again later.
     */
    private static void recordDuplicate(Path work, Path completions, String instance, Exchange exchange)
            throws Exception {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        if (name == null || !Files.exists(completions.resolve(name))) {
            Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            throw caught != null ? caught : new IllegalStateException("writing the completion " + name + " failed");
        }
        Path duplicates = Files.createDirectories(work.resolve(DUPLICATES));
        Files.writeString(duplicates.resolve(name + "." + instance + "." + System.nanoTime()),
                exchange.getMessage().getBody(String.class), StandardCharsets.UTF_8);
        LOG.error("DUPLICATE EMISSION of {} by {}: the completion was written before", name, instance);
    }
}
