package io.camelspeech.component;

import io.camelspeech.sandbox.testing.TestAudio;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.camelspeech.component.model.Transcript;
import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in its own JVM with -Xmx64m (see the pom): an upload five times the whole heap goes through a route to the
 * sandbox (in the same JVM) without being held in memory on either side. TTS.ai documents 100 MB for speechToText;
 * both sides raise the limit here as an account with a larger contract would (maxUploadSize).
 */
class LargeUploadSmallHeapIT extends CamelTestSupport {

    private static final long SIZE = 320L * 1024 * 1024;

    private static SpeechSandbox sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() {
        sandbox = SpeechSandbox.start(SandboxConfig.builder().maxUploadBytes(1024L * 1024 * 1024).build());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stt").to("speech:ttsai:speechToText?apiKey=sandbox-key&maxUploadSize=1073741824&baseUrl="
                                      + sandbox.providerBaseUrl("ttsai"));
            }
        };
    }

    @Test
    void anUploadLargerThanTheHeapStreams() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertThat(maxHeap).as("this test only means something in a heap smaller than the file").isLessThan(SIZE);
        Path wav = TestAudio.SPEECH.sparse(dir.resolve("long-meeting.wav"), SIZE);
        resetPeaks();

        long start = System.nanoTime();
        Exchange result = template.request("direct:stt", e -> e.getMessage().setBody(wav.toFile()));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(Transcript.class).duration()).isPositive();
        assertThat(sandbox.wire().last().files().get("file").size()).isEqualTo(SIZE);
        assertThat(sandbox.wire().last().files().get("file").sha256()).isEqualTo(sha256(wav));
        System.out.printf("large upload: %d MB file, max heap %d MB, peak heap used %d MB, %d ms (%.0f MB/s)%n",
                SIZE >> 20, maxHeap >> 20, peakHeap() >> 20, millis, (SIZE / 1048576.0) / (millis / 1000.0));
    }

    private static String sha256(Path path) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
