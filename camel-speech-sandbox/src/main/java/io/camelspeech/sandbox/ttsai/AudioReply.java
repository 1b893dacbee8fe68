package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.audio.AudioCache;
import io.camelspeech.sandbox.audio.AudioFormats;
import io.camelspeech.sandbox.audio.WavSpec;
import io.camelspeech.sandbox.audio.WavWriter;
import io.camelspeech.sandbox.spi.ProviderExchange;

import java.io.IOException;
import java.util.List;

/** Sends synthesised audio: always WAV (streamed), credit headers, and a note when another format was asked for. */
final class AudioReply {

    static final String WAV_CONTENT_TYPE = "audio/wav";
    static final String ZIP_CONTENT_TYPE = "application/zip";

    private AudioReply() {
    }

    static void send(ProviderExchange exchange, AudioCache audio, WavSpec spec, String requestedFormat,
            CreditAccount.Charge charge, boolean chunked) throws IOException {
        charge.applyTo(exchange);
        markSubstitution(exchange, requestedFormat);
        long length = chunked ? -1 : WavWriter.length(spec);
        exchange.respond(200, WAV_CONTENT_TYPE, length, out -> audio.write(spec, out));
    }

    static void sendStems(ProviderExchange exchange, AudioCache audio, List<String> stems, double seconds,
            String requestedFormat, CreditAccount.Charge charge) throws IOException {
        charge.applyTo(exchange);
        markSubstitution(exchange, requestedFormat);
        exchange.respond(200, ZIP_CONTENT_TYPE, -1, out -> StemArchive.write(audio, stems, seconds, out));
    }

    // there is no mp3/ogg/flac/m4a encoder in the JDK: say which format the WAV stands in for
    private static void markSubstitution(ProviderExchange exchange, String requestedFormat) {
        if (!AudioFormats.WAV.equals(requestedFormat)) {
            exchange.setResponseHeader(TtsAiAssumptions.FORMAT_SUBSTITUTED_HEADER, requestedFormat);
        }
    }
}
