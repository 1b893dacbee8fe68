package io.camelspeech.sandbox.audio;

import java.util.Optional;

/**
 * The facts kept about an uploaded file.
 *
 * @param sha256 lower-case hex SHA-256 of the content
 * @param format see {@link AudioFormats}
 * @param wav    the parsed WAV header, or null when the file is not a readable WAV
 */
public record InspectedAudio(long size, String sha256, String format, WavHeader wav) {

    public Optional<WavHeader> wavHeader() {
        return Optional.ofNullable(wav);
    }
}
