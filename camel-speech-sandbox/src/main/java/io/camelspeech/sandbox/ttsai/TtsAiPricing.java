package io.camelspeech.sandbox.ttsai;

/** The documented credit costs; rounding follows {@link TtsAiAssumptions#billedUnits}. */
final class TtsAiPricing {

    static final int STT_PER_MINUTE = 2;
    static final int CLONE_PER_1K_CHARS = 4;
    static final int VOICE_CHANGER_PER_MINUTE = 3;
    static final int ENHANCE_PER_MINUTE = 2;
    static final int SEPARATION_PER_MINUTE = 3;
    static final int SEPARATION_MANY_STEMS_PER_MINUTE = 4;
    static final int TRANSLATION_PER_MINUTE = 5;
    static final int VOICE_CHAT_PER_TURN = 3;

    private static final double CHARACTERS_PER_UNIT = 1_000;
    private static final double SECONDS_PER_UNIT = 60;

    private TtsAiPricing() {
    }

    static long perThousandCharacters(String text, int credits) {
        return TtsAiAssumptions.billedUnits(characters(text), CHARACTERS_PER_UNIT) * credits;
    }

    static long perMinute(double seconds, int credits) {
        return TtsAiAssumptions.billedUnits(seconds, SECONDS_PER_UNIT) * credits;
    }

    static int characters(String text) {
        return text.codePointCount(0, text.length());
    }
}
