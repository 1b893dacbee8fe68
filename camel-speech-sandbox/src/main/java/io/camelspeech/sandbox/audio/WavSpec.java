package io.camelspeech.sandbox.audio;

/**
 * Audio the sandbox synthesises: a tone melody of PCM 16-bit samples.
 *
 * @param comment       text stored in the RIFF INFO {@code ICMT} chunk (null for none); a transcriber reads it back
 * @param melodySeed    text the melody is derived from, so different inputs sound different
 * @param baseFrequency lowest note of the melody in Hz
 */
public record WavSpec(double seconds, int sampleRate, int channels, String comment, String melodySeed,
        double baseFrequency) {

    public static final int SPEECH_SAMPLE_RATE = 22_050;
    public static final double SPEECH_BASE_FREQUENCY = 220.0;

    public WavSpec {
        if (!(seconds >= 0) || sampleRate <= 0 || channels < 1 || channels > 2) {
            throw new IllegalArgumentException("unsupported audio: " + seconds + " s, " + sampleRate + " Hz, "
                    + channels + " channels");
        }
        melodySeed = melodySeed == null ? "" : melodySeed;
    }

    /** Mono 22,050 Hz "speech" whose comment is the spoken text. */
    public static WavSpec speech(String text, double seconds) {
        return new WavSpec(seconds, SPEECH_SAMPLE_RATE, 1, text, text, SPEECH_BASE_FREQUENCY);
    }

    public WavSpec withFormat(int newSampleRate, int newChannels) {
        return new WavSpec(seconds, newSampleRate, newChannels, comment, melodySeed, baseFrequency);
    }

    public long frames() {
        return Math.round(seconds * sampleRate);
    }

    public long dataBytes() {
        return frames() * channels * 2;
    }
}
