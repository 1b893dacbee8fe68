package io.camelspeech.component.model;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.camel.Converter;

/** Lets a route send a typed result anywhere bytes go (file:, aws2-s3:, http answers) as its JSON. */
@Converter(generateLoader = true)
public final class SpeechJsonBodyConverter {

    private SpeechJsonBodyConverter() {
    }

    @Converter
    public static String toString(SpeechJsonBody body) {
        return SpeechJson.write(body);
    }

    @Converter
    public static byte[] toBytes(SpeechJsonBody body) {
        return SpeechJson.write(body).getBytes(StandardCharsets.UTF_8);
    }

    @Converter
    public static InputStream toInputStream(SpeechJsonBody body) {
        return new ByteArrayInputStream(toBytes(body));
    }
}
