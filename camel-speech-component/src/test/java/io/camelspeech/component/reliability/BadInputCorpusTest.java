package io.camelspeech.component.reliability;

import io.camelspeech.sandbox.testing.TestAudio;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.store.InMemoryJobStore;
import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad inputs dropped into watched folders: each ends in the error folder with its documented reason,
 * before any paid call, and nothing is written outside the route's folders — also when a provider's answer tries to
 * name a file outside them.
 */
class BadInputCorpusTest extends CamelTestSupport {

    private static SpeechSandbox sandbox;

    @TempDir
    static Path sandboxed;

    /** Deep inside the temporary folder, so a name that climbs out of outbox still lands where this test looks. */
    private static Path root;

    @BeforeAll
    static void startSandbox() {
        root = sandboxed.resolve("a/b/c/d/work");
        sandbox = SpeechSandbox.start();
    }

    @org.junit.jupiter.api.BeforeEach
    void cleanWire() {
        sandbox.wire().clear();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("jobStore", new InMemoryJobStore());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                folder("stt", "speech:ttsai:speechToText?apiKey=sandbox-key&baseUrl=" + sandbox.providerBaseUrl("ttsai"));
                folder("tts", "speech:ttsai:textToSpeech?apiKey=sandbox-key&voice=af_bella&format=wav&baseUrl="
                              + sandbox.providerBaseUrl("ttsai"));
                from("direct:tencent").routeId("tencent")
                        .onException(Exception.class).handled(true)
                            .setBody(simple("${exception.message}"))
                            .setHeader(Exchange.FILE_NAME, constant("tencent.error.txt"))
                            .to("file:" + root.resolve("error"))
                        .end()
                        .to("speech:tencent:clonedSpeech?secretId=sandbox-id&secretKey=RAW(sandbox-secret)&contentId=repo"
                            + "&pollInterval=50&baseUrl=" + sandbox.providerBaseUrl("tencent"))
                        .setHeader(Exchange.FILE_NAME, header(SpeechConstants.RESULT_LOCATION))
                        .setBody(constant("result"))
                        .to("file:" + root.resolve("outbox"));
            }

            private void folder(String useCase, String speechUri) {
                from("file:" + root.resolve("inbox/" + useCase) + "?moveFailed=" + root.resolve("error/" + useCase)
                     + "/${file:name}&move=.done").routeId(useCase)
                        .onException(Exception.class)
                            .setBody(simple("${exception.message}"))
                            .setHeader(Exchange.FILE_NAME, simple("${file:name}.error.txt"))
                            .to("file:" + root.resolve("error/" + useCase))
                        .end()
                        .to(speechUri)
                        .to("file:" + root.resolve("outbox/" + useCase));
            }
        };
    }

    @Test
    void everyBadInputEndsInTheErrorFolderWithItsReasonAndNothingIsPaidFor() throws Exception {
        Map<String, String> expected = Map.of(
                "stt/empty.wav", "is empty",
                "stt/truncated.wav", "not a recognised audio format",
                "stt/noise.wav", "not a recognised audio format",
                "stt/notes.mp3", "not a recognised audio format",
                "stt/huge.wav", "more than the limit of 104857600 bytes",
                "tts/too-long.txt", "more than the limit of 5000",
                "tts/latin1.txt", "is not valid UTF-8 text");
        NotifyBuilder done = new NotifyBuilder(context).whenDone(expected.size()).create();

        drop("stt/empty.wav", new byte[0]);
        drop("stt/truncated.wav", "RIFF\u0000\u0001\u0000\u0000WAV".getBytes(StandardCharsets.ISO_8859_1));
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 0x13; // not a sync byte by chance
        drop("stt/noise.wav", noise);
        drop("stt/notes.mp3", "meeting notes, typed, not recorded".getBytes(StandardCharsets.UTF_8));
        dropSparseWav("stt/huge.wav", 101L * 1024 * 1024);
        drop("tts/too-long.txt", "word ".repeat(1001).getBytes(StandardCharsets.UTF_8));
        drop("tts/latin1.txt", "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(done.matches(30, TimeUnit.SECONDS)).isTrue();
        for (Map.Entry<String, String> input : expected.entrySet()) {
            assertThat(root.resolve("error/" + input.getKey())).as(input.getKey() + " moved to error").exists();
            assertThat(Files.readString(root.resolve("error/" + input.getKey() + ".error.txt")))
                    .as(input.getKey()).contains(input.getValue());
        }
        assertThat(sandbox.wire().requests()).as("no paid call for bad input").isEmpty();
        assertThat(filesOutside("inbox", "outbox", "error")).isEmpty();
    }

    @Test
    void aProviderAnswerNamingAFileOutsideItsFolderIsRefused() throws Exception {
        // Tencent names the generated file after outputPrefix; a prefix that climbs is echoed in voiceName
        template.request("direct:tencent", e -> {
            e.getMessage().setBody("a harmless text");
            e.getMessage().setHeader("CamelSpeechOutputPrefix", "../../../../");
        });
        assertThat(Files.readString(root.resolve("error/tencent.error.txt"))).contains("could leave its folder");
        assertThat(filesOutside("inbox", "outbox", "error")).isEmpty();
    }

    /** Every file in the temporary folder that is not inside one of the route's folders (the staging files aside). */
    private static List<Path> filesOutside(String... allowed) throws Exception {
        try (Stream<Path> all = Files.walk(sandboxed)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Stream.of(allowed).noneMatch(a -> p.startsWith(root.resolve(a))))
                    .toList();
        }
    }

    private static void drop(String name, byte[] content) throws Exception {
        Path target = root.resolve("inbox").resolve(name);
        Files.createDirectories(target.getParent());
        Path staging = Files.write(root.resolve("." + target.getFileName()), content);
        Files.move(staging, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void dropSparseWav(String name, long size) throws Exception {
        Path staging = root.resolve(".huge");
        TestAudio.SPEECH.sparse(staging, size);
        Path target = root.resolve("inbox").resolve(name);
        Files.createDirectories(target.getParent());
        Files.move(staging, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
