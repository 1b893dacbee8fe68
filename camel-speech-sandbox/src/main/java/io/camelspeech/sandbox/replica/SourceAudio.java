package io.camelspeech.sandbox.replica;

import io.camelspeech.sandbox.spi.ReceivedFile;

/**
 * What the sandbox keeps of an uploaded source: its format, duration and the words of sandbox-made audio.
 *
 * @param text null unless the audio carries the sandbox's embedded text
 */
record SourceAudio(String format, double seconds, String text, String sha256, long size) {

    static SourceAudio of(ReceivedFile file) {
        return new SourceAudio(file.format(), file.durationSeconds(ReplicaAssumptions.COMPRESSED_AUDIO_BITS_PER_SECOND),
                file.embeddedText().orElse(null), file.upload().sha256(), file.size());
    }
}
