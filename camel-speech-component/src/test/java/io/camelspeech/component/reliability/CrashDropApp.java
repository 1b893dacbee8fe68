package io.camelspeech.component.reliability;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.camelspeech.component.SpeechComponent;
import io.camelspeech.component.model.Transcript;
import io.camelspeech.component.store.FileJobStore;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The file-drop application CrashRecoveryIT runs in its own JVM and kills: inbox -> AI/ML API speech-to-text ->
 * outbox, with a file job store. Args: sandbox AI/ML base URL, work folder.
 */
public final class CrashDropApp {

    private CrashDropApp() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        Path work = Path.of(args[1]);
        DefaultCamelContext context = new DefaultCamelContext();
        SpeechComponent speech = new SpeechComponent();
        speech.setJobStore(new FileJobStore(work.resolve("jobs")));
        context.addComponent("speech", speech);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + work.resolve("inbox") + "?move=.done&moveFailed=" + work.resolve("error")
                     + "&maxMessagesPerPoll=0&delay=200").routeId("drop")
                        .to("speech:aimlapi:speechToText?apiKey=sandbox-key&baseUrl=" + baseUrl
                            + "&pollInterval=500&maxPollInterval=1000&maxConcurrentRequests=100&requestsPerMinute=1000000")
                        .setBody(e -> e.getMessage().getBody(Transcript.class).text())
                        .setHeader("CamelFileName", simple("${file:name.noext}.txt"))
                        // a second write of the same result would fail here and show up in error/
                        .to("file:" + work.resolve("outbox") + "?fileExist=Fail&tempFileName=${file:name}.part");
            }
        });
        context.start();
        System.out.println("started");
        new CountDownLatch(1).await(); // until killed
    }
}
