package io.camelspeech.sandbox.audio;

/**
 * What a WAV file's header says.
 *
 * @param dataOffset       byte offset of the first sample
 * @param declaredDataSize size of the data chunk as declared (streaming writers often leave 0 or 0xFFFFFFFF)
 * @param comment          the RIFF INFO {@code ICMT} text, or null; sandbox audio carries its spoken text there
 */
public record WavHeader(int audioFormat, int channels, int sampleRate, int byteRate, int bitsPerSample,
        long dataOffset, long declaredDataSize, String comment) {

    private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;

    /** Duration from the sample bytes actually present, so a truncated or streamed file is measured correctly. */
    public double durationSeconds(long fileSize) {
        if (byteRate <= 0) {
            return 0;
        }
        long present = Math.max(0, fileSize - dataOffset);
        boolean declared = declaredDataSize > 0 && declaredDataSize != UNKNOWN_SIZE;
        long dataBytes = declared ? Math.min(declaredDataSize, present) : present;
        return dataBytes / (double) byteRate;
    }
}
