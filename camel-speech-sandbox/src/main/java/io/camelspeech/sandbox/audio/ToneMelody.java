package io.camelspeech.sandbox.audio;

/**
 * A pentatonic tune derived from a seed text: the same text always gives the same tune, different texts differ.
 * Each note fades in and out so the audio has no clicks.
 */
final class ToneMelody {

    private static final double NOTE_SECONDS = 0.15;
    private static final double FADE_SECONDS = 0.01;
    private static final double AMPLITUDE = 0.25 * Short.MAX_VALUE;
    private static final double[] PENTATONIC = {1.0, 9.0 / 8, 5.0 / 4, 3.0 / 2, 5.0 / 3, 2.0};

    private final String seed;
    private final double baseFrequency;
    private final int sampleRate;

    ToneMelody(String seed, double baseFrequency, int sampleRate) {
        this.seed = seed;
        this.baseFrequency = baseFrequency;
        this.sampleRate = sampleRate;
    }

    short sample(long frame) {
        double time = frame / (double) sampleRate;
        long note = (long) (time / NOTE_SECONDS);
        double timeInNote = time - note * NOTE_SECONDS;
        double envelope = Math.min(1.0, Math.min(timeInNote, NOTE_SECONDS - timeInNote) / FADE_SECONDS);
        double wave = Math.sin(2 * Math.PI * frequency(note) * timeInNote);
        return (short) Math.round(AMPLITUDE * Math.max(0.0, envelope) * wave);
    }

    private double frequency(long note) {
        int symbol = seed.isEmpty() ? 0 : seed.charAt((int) (note % seed.length()));
        return baseFrequency * PENTATONIC[(int) Math.floorMod(symbol + note, (long) PENTATONIC.length)];
    }
}
