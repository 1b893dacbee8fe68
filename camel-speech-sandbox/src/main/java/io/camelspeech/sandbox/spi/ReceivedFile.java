package io.camelspeech.sandbox.spi;

import io.camelspeech.sandbox.UploadedFile;
import io.camelspeech.sandbox.audio.AudioFormats;
import io.camelspeech.sandbox.audio.WavHeader;

import java.util.Optional;

/**
 * An uploaded file part as a provider module sees it: the recorded facts plus the WAV header when there is one.
 *
 * @param wav null unless the file is a WAV whose header could be read
 */
public record ReceivedFile(UploadedFile upload, WavHeader wav) {

    public Optional<WavHeader> wavHeader() {
        return Optional.ofNullable(wav);
    }

    public String format() {
        return upload.detectedFormat();
    }

    public long size() {
        return upload.size();
    }

    /**
     * Duration from the WAV header, or estimated from the size at the given bit rate for compressed formats
     * (nothing here decodes them).
     */
    public double durationSeconds(double assumedBitsPerSecond) {
        if (wav != null && AudioFormats.WAV.equals(format())) {
            return wav.durationSeconds(upload.size());
        }
        return upload.size() * 8.0 / assumedBitsPerSecond;
    }

    /** The text embedded in the WAV's INFO comment: present in audio the sandbox produced. */
    public Optional<String> embeddedText() {
        return wavHeader().map(WavHeader::comment);
    }
}
