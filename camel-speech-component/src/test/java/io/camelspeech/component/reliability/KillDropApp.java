package io.camelspeech.component.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

import io.camelspeech.component.SpeechComponent;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.model.Transcript;
import io.camelspeech.component.store.FileJobStore;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file-drop application NeverBilledTwiceIT runs in its own JVM and kills with kill -9, again and again, on the
 * same folders and job store: {@code <work>/inbox} -> one job of {@code provider} per file -> {@code <work>/outbox}; a
 * failed input moves to {@code <work>/error} with {@code <name>.reason.txt} beside it; every completion the jobs
 * consumer emits is written to {@code <work>/reports/<state>/<reference>.json}.
 *
 * <p>Args: provider (replica, aimlapi, audiostack, tencent), the sandbox's base URL of that provider, the work folder,
 * and (AudioStack) the alias prefix of this test run.
 *
 * <p>Results and reports are written with {@code fileExist=Fail}: a second write of the same result fails the input
 * (its reason file says so), and a second emission of the same reference is recorded in
 * {@code <work>/duplicates/} and logged; neither is hidden.
 */
public final class KillDropApp {

    static final String PERFORMER_STYLE = "a2b1c3d4-0000-4000-8000-000000000001";
    /** The reason file of a failed input, beside it in the error folder. */
    static final String REASON_SUFFIX = FailureReport.REASON_SUFFIX;
    /** Written (its name ends with the JVM's pid) once the context is started. */
    static final String STARTED_PREFIX = "started-";

    private static final Logger LOG = LoggerFactory.getLogger(KillDropApp.class);

    private KillDropApp() {
    }

    public static void main(String[] args) throws Exception {
        String provider = args[0];
        String baseUrl = args[1];
        Path work = Path.of(args[2]);
        String aliasPrefix = args.length > 3 ? args[3] : "nbt-";

        DefaultCamelContext context = new DefaultCamelContext();
        SpeechComponent speech = new SpeechComponent();
        speech.setJobStore(new FileJobStore(work.resolve("jobs")));
        context.addComponent("speech", speech);

        String connection = credentials(provider) + "&baseUrl=" + baseUrl
                            + "&leaseDuration=2000&maxConcurrentRequests=100&requestsPerMinute=1000000";
        String submit = "speech:" + provider + ":" + operation(provider) + "?" + connection
                        + "&pollInterval=500&maxPollInterval=1000" + providerOptions(provider);
        String completions = "speech:" + provider + ":jobs?" + connection + "&delay=500&pollInterval=500";

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // not handled: the file consumer still moves the input to the error folder (moveFailed)
                onException(Exception.class).process(e -> FailureReport.append(work.resolve("error"), "drop app", e));

                from("file:" + work.resolve("inbox") + "?move=.done&moveFailed=" + work.resolve("error")
                     + "&maxMessagesPerPoll=0&delay=200&initialDelay=0&antInclude=" + include(provider))
                        .routeId("drop")
                        .process(e -> {
                            if ("audiostack".equals(provider)) {
                                // aliases are global at AudioStack: the file's name, unique in this test run
                                String name = e.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
                                e.getMessage().setHeader(SpeechConstants.ALIAS, aliasPrefix + noExtension(name));
                            }
                        })
                        .to(submit)
                        .process(e -> e.getMessage().setBody(resultBody(provider, e)))
                        .setHeader(Exchange.FILE_NAME, simple("${file:name.noext}." + resultExtension(provider)))
                        // a second write of the same result fails here and shows up in error/
                        .to("file:" + work.resolve("outbox") + "?fileExist=Fail&tempFileName=${file:name}.part");
            }
        });
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(completions).routeId("completions")
                        .process(e -> {
                            String state = e.getMessage().getHeader(SpeechConstants.JOB_STATE, "NONE", String.class);
                            String reference = e.getMessage().getHeader(SpeechConstants.JOB_REFERENCE, String.class);
                            if (reference == null || reference.isBlank()) {
                                reference = "no-reference-" + System.nanoTime();
                            }
                            e.getMessage().setHeader(Exchange.FILE_NAME, state + "/" + reference + ".json");
                            e.getMessage().setBody(report(e, state, reference));
                        })
                        .doTry()
                            .to("file:" + work.resolve("reports") + "?fileExist=Fail")
                        .doCatch(GenericFileOperationFailedException.class)
                            // handled, so that the consumer marks it emitted and the test can count it once
                            .process(e -> recordDuplicate(work, e))
                        .end();
            }
        });
        context.start();
        Files.writeString(work.resolve(STARTED_PREFIX + ProcessHandle.current().pid()), Instant.now().toString());
        System.out.println("started");
        new CountDownLatch(1).await(); // until killed
    }

    static String operation(String provider) {
        return switch (provider) {
            case "replica" -> "speechToSpeech";
            case "aimlapi" -> "speechToText";
            case "audiostack" -> "cloneVoice";
            case "tencent" -> "clonedSpeech";
            default -> throw new IllegalArgumentException("no job provider " + provider);
        };
    }

    /** The extension of the inputs of {@code provider}: Tencent speaks texts, the others take WAV audio. */
    static String inputExtension(String provider) {
        return "tencent".equals(provider) ? "txt" : "wav";
    }

    /** The extension of the result written to the outbox. */
    static String resultExtension(String provider) {
        return switch (provider) {
            case "replica" -> "wav";
            case "aimlapi" -> "txt";
            default -> "json";
        };
    }

    private static String include(String provider) {
        return "*." + inputExtension(provider);
    }

    private static String credentials(String provider) {
        return "tencent".equals(provider) ? "secretId=sandbox-id&secretKey=RAW(sandbox-secret)" : "apiKey=sandbox-key";
    }

    private static String providerOptions(String provider) {
        return switch (provider) {
            case "replica" -> "&voice=" + PERFORMER_STYLE;
            case "tencent" -> "&contentId=repo-1";
            default -> "";
        };
    }

    private static Object resultBody(String provider, Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        return switch (provider) {
            case "replica" -> body; // the converted audio (a stream cache)
            case "aimlapi" -> {
                Transcript transcript = exchange.getMessage().getBody(Transcript.class);
                yield transcript == null || transcript.text() == null ? "" : transcript.text();
            }
            default -> String.valueOf(body); // the finished SpeechJob as JSON
        };
    }

    private static String report(Exchange exchange, String state, String reference) {
        return "{\"reference\":\"" + reference + "\",\"state\":\"" + state + "\",\"jobId\":\""
               + exchange.getMessage().getHeader(SpeechConstants.JOB_ID, "", String.class) + "\",\"completedBy\":\""
               + exchange.getMessage().getHeader(SpeechConstants.COMPLETED_BY, "", String.class) + "\",\"pid\":"
               + ProcessHandle.current().pid() + "}\n";
    }


    /** A completion emitted a second time: {@code <work>/duplicates/<reference>.<nanos>}, and a log line. */
    private static void recordDuplicate(Path work, Exchange exchange) throws IOException {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        String reference = noExtension(name.substring(name.indexOf('/') + 1));
        Path duplicates = Files.createDirectories(work.resolve("duplicates"));
        Files.writeString(duplicates.resolve(reference + "." + System.nanoTime()), name + "\n"
                + exchange.getMessage().getBody(String.class), StandardCharsets.UTF_8);
        LOG.error("DUPLICATE EMISSION of reference {} ({}): its report exists already", reference, name);
    }

    private static String noExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
