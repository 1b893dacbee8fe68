package io.camelspeech.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.main.Main;

/**
 * The examples application. Without {@code SPEECH_TTSAI_API_KEY} it starts the sandbox in the same process and
 * points the routes at it, so it runs offline; with the key the same routes talk to TTS.ai.
 */
public final class SpeechExamplesApplication implements AutoCloseable {

    private static final String[] SAMPLES = { "welcome.txt", "pangram.txt" };

    private final Main main;
    private final SpeechSandbox sandbox;

    private SpeechExamplesApplication(Main main, SpeechSandbox sandbox) {
        this.main = main;
        this.sandbox = sandbox;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("speech.examples.work", "work"));
        try (SpeechExamplesApplication application = create(work)) {
            application.main.run(args);
        }
    }

    /** Configures (does not start) the application on a work folder: inbox, outbox and error live below it. */
    public static SpeechExamplesApplication create(Path work) throws IOException {
        Main main = new Main(SpeechExamplesApplication.class);
        SpeechSandbox sandbox = null;
        if (System.getenv("SPEECH_TTSAI_API_KEY") == null) {
            sandbox = SpeechSandbox.start();
            main.addOverrideProperty("speech.ttsai.base-url", sandbox.providerBaseUrl("ttsai"));
            main.addOverrideProperty("speech.ttsai.api-key", sandbox.config().ttsaiApiKey());
            System.out.println("No SPEECH_TTSAI_API_KEY: using the embedded sandbox at " + sandbox.providerBaseUrl("ttsai"));
        }
        main.addOverrideProperty("speech.work", work.toAbsolutePath().toString());
        copySamples(work);
        System.out.println("Drop .txt files into " + work.resolve("inbox/tts").toAbsolutePath()
                           + "; speech appears in " + work.resolve("outbox/tts").toAbsolutePath());
        System.out.println("Drop audio into " + work.resolve("inbox/stt").toAbsolutePath()
                           + "; transcripts appear in " + work.resolve("outbox/stt").toAbsolutePath());
        return new SpeechExamplesApplication(main, sandbox);
    }

    public void start() {
        main.start();
    }

    @Override
    public void close() {
        main.stop();
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** First start: the bundled samples go into the inbox so there is something to see at once. */
    private static void copySamples(Path work) throws IOException {
        Path inbox = work.resolve("inbox/tts");
        Files.createDirectories(inbox);
        for (String sample : SAMPLES) {
            Path staging = work.resolve(sample + ".copying");
            try (InputStream in = SpeechExamplesApplication.class.getResourceAsStream("/samples/" + sample)) {
                Files.copy(in, staging, StandardCopyOption.REPLACE_EXISTING);
            }
            // moved in whole, so the folder route never reads half a file
            Files.move(staging, inbox.resolve(sample), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
