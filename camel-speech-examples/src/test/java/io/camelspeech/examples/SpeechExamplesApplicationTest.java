package io.camelspeech.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Boots the application as the README's run command does (embedded sandbox, S3 and callback server, run-once) and
 * checks the output of every route: folders, S3 buckets (with their content types), the callback, and a bad input
 * landing in error/.
 */
class SpeechExamplesApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} DSL")
    @ValueSource(strings = { "java", "yaml" })
    void everyRouteProducesItsResultOffline(String dsl) throws Exception {
        long start = System.nanoTime();
        System.setProperty("speech.examples.dsl", dsl);
        try (SpeechExamplesApplication application = SpeechExamplesApplication.create(work, true)) {
            // a bad input beside the samples: not audio at all
            Files.createDirectories(work.resolve("inbox/stt"));
            Path staging = Files.writeString(work.resolve("broken.staging"), "this is not audio");
            Files.move(staging, work.resolve("inbox/stt/broken.wav"), StandardCopyOption.ATOMIC_MOVE);
            application.board().expect(1);

            application.start();
            awaitAllHandled(application);
            System.out.printf("examples (%s DSL): every input handled in %.1f s (%s)%n", dsl,
                    (System.nanoTime() - start) / 1e9, application.board().summary());

            assertResult("tts/welcome.wav", "textToSpeech");
            assertResult("tts/pangram.wav", "textToSpeech");
            assertThat(Files.readString(work.resolve("outbox/stt/hello.txt"))).contains("seconds of wav audio");
            assertResult("stt/hello.txt", "speechToText");
            assertResult("stt/weather.txt", "speechToText");
            assertResult("stt/meeting.txt", "speechToText");
            // OpenAI-compatible transcription with subtitles (the sandbox unless SPEECH_OPENAI_* is set)
            assertThat(Files.readString(work.resolve("outbox/subtitles/weather.srt"))).startsWith("1\n00:00:00,000 --> ")
                    .contains("seconds of");
            assertResult("subtitles/weather.srt", "speechToText");
            assertThat(new String(Files.readAllBytes(work.resolve("outbox/sts/meeting.wav")), 0, 4)).isEqualTo("RIFF");
            assertResult("sts/meeting.wav", "speechToSpeech");
            JsonNode clone = JSON.readTree(work.resolve("outbox/clone/my-voice.json").toFile());
            assertThat(clone.get("state").asText()).isEqualTo("COMPLETED");
            assertResult("clone/my-voice.json", "cloneVoice");

            try (Stream<Path> callbacks = Files.list(work.resolve("outbox/callbacks"))) {
                List<Path> written = callbacks.toList();
                assertThat(written).hasSize(1);
                assertThat(JSON.readTree(written.get(0).toFile()).get("state").asText()).isEqualTo("COMPLETED");
            }

            assertThat(work.resolve("error/stt/broken.wav")).exists();
            JsonNode error = JSON.readTree(work.resolve("error/stt/broken.wav.error.json").toFile());
            assertThat(error.get("reason").asText()).contains("not a recognised audio format");
            assertThat(work.resolve("inbox/stt/broken.wav")).doesNotExist();
            assertThat(work.resolve("inbox/stt/hello.wav")).as("removed after its result was written").doesNotExist();

            try (S3Client s3 = s3(application)) {
                HeadObjectResponse speech = s3.headObject(h -> h.bucket("speech-out").key("tts/welcome.wav"));
                assertThat(speech.metadata()).containsEntry("operation", "textToSpeech").containsKey("elapsedms");
                HeadObjectResponse transcript = s3.headObject(h -> h.bucket("speech-out").key("stt/hello.txt"));
                assertThat(transcript.metadata()).containsEntry("provider", "aimlapi");
            }
            assertS3ContentTypes(application);
            assertThat(application.board().failedCount()).as("only the bad input failed").isEqualTo(1);
        } finally {
            System.clearProperty("speech.examples.dsl");
        }
    }

    /**
     * S3 results carry their real content type, read back from the (embedded) S3 as a client sees it: the audio's
     * as the provider named it, UTF-8 text for a transcript; the samples uploaded at start carry theirs too.
     */
    private static void assertS3ContentTypes(SpeechExamplesApplication application) {
        try (S3Client s3 = s3(application)) {
            ResponseBytes<GetObjectResponse> transcript = s3.getObjectAsBytes(
                    g -> g.bucket("speech-out").key("stt/hello.txt"));
            // S3Proxy's Jetty normalises "text/plain; charset=UTF-8" to "text/plain;charset=utf-8"; the same type
            assertThat(transcript.response().contentType().replace(" ", "")).as("stt/hello.txt")
                    .isEqualToIgnoringCase("text/plain;charset=UTF-8");
            assertThat(transcript.asUtf8String()).contains("seconds of wav audio");

            ResponseBytes<GetObjectResponse> speech = s3.getObjectAsBytes(
                    g -> g.bucket("speech-out").key("tts/welcome.wav"));
            assertThat(speech.response().contentType()).as("tts/welcome.wav").startsWith("audio/")
                    .isNotEqualTo("application/octet-stream");
            assertThat(new String(speech.asByteArray(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");

            HeadObjectResponse sample = s3.headObject(h -> h.bucket("speech-in").key("samples/my-voice.wav"));
            assertThat(sample.contentType()).as("samples/my-voice.wav").isEqualTo("audio/wav");
        }
    }

    private void assertResult(String result, String operation) throws Exception {
        Path file = work.resolve("outbox").resolve(result);
        assertThat(file).exists();
        Map<?, ?> sidecar = JSON.readValue(work.resolve("outbox").resolve(result + ".json").toFile(), Map.class);
        assertThat(sidecar.get("operation")).isEqualTo(operation);
        assertThat(sidecar.get("provider")).isNotNull();
        assertThat(sidecar.get("elapsedMs")).isNotNull();
    }

    private static void awaitAllHandled(SpeechExamplesApplication application) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!application.board().allHandled() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(application.board().allHandled()).as(application.board().summary()).isTrue();
    }

    static S3Client s3(SpeechExamplesApplication application) {
        String endpoint = application.main().getCamelContext().resolvePropertyPlaceholders("{{speech.s3.endpoint}}");
        return S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(EmbeddedS3.ACCESS_KEY,
                        EmbeddedS3.SECRET_KEY))).build();
    }
}
