package io.camelspeech.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example application as a user runs it (run-once off), on the in-process sandbox whatever credentials the
 * environment has: a text dropped into the inbox becomes speech in the outbox; the Tencent job's completion arrives
 * by callback on the Boot server.
 */
@SpringBootTest(classes = SpeechBootExampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {
                        "speech.examples.work=target/boot-example-test",
                        "speech.examples.sandbox=always",
                        "speech.examples.run-once=false" })
class SpeechBootExampleApplicationTest {

    private static final Path WORK = Path.of("target/boot-example-test");

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startWithAnEmptyWorkFolder() throws IOException {
        if (Files.exists(WORK)) {
            try (Stream<Path> paths = Files.walk(WORK)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 30 s for " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static boolean nonEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aDroppedTextBecomesSpeechInTheOutbox() throws Exception {
        Path inbox = Files.createDirectories(WORK.resolve("inbox/tts"));
        Path staging = WORK.resolve("from-test.txt.writing");
        Files.writeString(staging, "Dropped by the test, spoken by the sandbox.", StandardCharsets.UTF_8);
        Files.move(staging, inbox.resolve("from-test.txt"), StandardCopyOption.ATOMIC_MOVE);

        Path audio = WORK.resolve("outbox/tts/from-test.wav");
        await(audio.toString(), () -> nonEmpty(audio));
        byte[] bytes = Files.readAllBytes(audio);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        await("the input to leave the inbox", () -> !Files.exists(inbox.resolve("from-test.txt")));
        assertThat(WORK.resolve("error/tts/from-test.txt")).doesNotExist();
    }

    @Test
    void theSampleIsSpokenAndTheCallbackJobIsReceived() throws Exception {
        Path sample = WORK.resolve("outbox/tts/hello-boot.wav");
        await(sample.toString(), () -> nonEmpty(sample));

        Path callbacks = WORK.resolve("outbox/callbacks");
        await("a completion in " + callbacks, () -> {
            if (!Files.isDirectory(callbacks)) {
                return false;
            }
            try (Stream<Path> files = Files.list(callbacks)) {
                return files.anyMatch(file -> file.getFileName().toString().endsWith(".json") && nonEmpty(file));
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void healthListsTheSpeechChecks() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "";
        for (int attempt = 0; attempt < 50 && !body.contains("producer:speech-ttsai-textToSpeech"); attempt++) {
            body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Thread.sleep(200);
        }
        assertThat(body).contains("producer:speech-ttsai-textToSpeech").contains("consumer:speech-");
    }

    /** The component found Spring Boot's MeterRegistry in Camel's registry (the application context) by itself. */
    @Test
    void theSpeechMetersAreInTheActuatorsRegistry() throws Exception {
        String names = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(names).contains("camel.speech.jobs.in.flight");
    }
}
