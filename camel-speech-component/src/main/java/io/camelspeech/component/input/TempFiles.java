package io.camelspeech.component.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/** Temporary files that live exactly as long as their exchange. */
public final class TempFiles {

    private TempFiles() {
    }

    public static Path create(Exchange exchange, String suffix) {
        try {
            Path directory = Path.of(System.getProperty("java.io.tmpdir"), "camel-speech");
            Files.createDirectories(directory);
            Path file = Files.createTempFile(directory, "speech-", suffix);
            deleteOnCompletion(exchange, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for " + exchange.getExchangeId(), e);
        }
    }

    public static void deleteOnCompletion(Exchange exchange, Path file) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless; failing the exchange for it is not
                }
            }
        });
    }
}
