package io.camelspeech.benchmarks;

import io.camelspeech.sandbox.testing.TestAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.camelspeech.component.model.Transcript;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Child JVM of the memory benchmark (started with a small -Xmx): a route sends a large sparse WAV to
 * speech:ttsai:speechToText, either as the File (streamed) or read into a byte[] first. Arguments:
 * {@code file|byte-array}, size in bytes, TTS.ai base URL.
 */
public final class LargeUploadRun {

    private LargeUploadRun() {
    }

    public static void main(String[] args) throws Exception {
        boolean readIntoMemory = switch (args[0]) {
            case "file" -> false;
            case "byte-array" -> true;
            default -> throw new IllegalArgumentException("mode must be file or byte-array, was " + args[0]);
        };
        long size = Long.parseLong(args[1]);
        String ttsaiBaseUrl = args[2];
        Path dir = Files.createTempDirectory("speech-benchmark-");
        Path wav = TestAudio.SPEECH.sparse(dir.resolve("long-recording.wav"), size);
        try (CamelContext context = SpeechContexts.withInMemoryJobStore()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:stt").to("speech:ttsai:speechToText?apiKey=" + SpeechContexts.API_KEY
                                          + "&baseUrl=" + ttsaiBaseUrl + "&maxUploadSize=2147483648");
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            Measure.reset();
            long start = System.nanoTime();
            try {
                Object body = readIntoMemory ? Files.readAllBytes(wav) : wav.toFile();
                Exchange result = template.request("direct:stt", e -> e.getMessage().setBody(body));
                report(result, size, System.nanoTime() - start);
            } catch (OutOfMemoryError e) {
                ChildOutput.put("ok", false);
                ChildOutput.put("outcome", "OutOfMemoryError: " + e.getMessage());
                ChildOutput.put("seconds", (System.nanoTime() - start) / 1e9);
            }
            reportMemory();
        } finally {
            Files.deleteIfExists(wav);
            Files.deleteIfExists(dir);
        }
    }

    private static void report(Exchange result, long size, long nanos) {
        Transcript transcript = result.getException() == null ? result.getMessage().getBody(Transcript.class) : null;
        boolean ok = transcript != null && transcript.duration() != null && transcript.duration() > 0;
        ChildOutput.put("ok", ok);
        ChildOutput.put("outcome", ok ? String.format(Locale.ROOT, "transcript of %.1f s of audio (the file lasts %.1f s)",
                transcript.duration(), TestAudio.SPEECH.seconds(size)) : "failed: " + result.getException());
        ChildOutput.put("seconds", nanos / 1e9);
    }

    private static void reportMemory() {
        ChildOutput.put("peakHeapMb", Measure.megabytes(Measure.peakHeapBytes()));
        ChildOutput.put("maxHeapMb", Measure.megabytes(Measure.maxHeapBytes()));
        ChildOutput.put("peakRssMb", Measure.megabytes(Measure.peakRssBytes()));
    }
}
