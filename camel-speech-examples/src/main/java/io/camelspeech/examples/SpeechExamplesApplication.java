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
public final class SpeechExamplesApplication {

    private SpeechExamplesApplication() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("speech.examples.work", "work"));
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
        try {
            main.run(args);
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** First start: the bundled samples go into the inbox so there is something to see at once. */
    private static void copySamples(Path work) throws IOException {
        Path inbox = work.resolve("inbox/tts");
        Files.createDirectories(inbox);
        for (String sample : new String[] { "welcome.txt", "pangram.txt" }) {
            Path staging = work.resolve(sample + ".copying");
            try (InputStream in = SpeechExamplesApplication.class.getResourceAsStream("/samples/" + sample)) {
                Files.copy(in, staging, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(staging, inbox.resolve(sample), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
