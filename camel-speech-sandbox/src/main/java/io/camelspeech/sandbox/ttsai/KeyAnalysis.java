package io.camelspeech.sandbox.ttsai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.util.HexFormat;
import java.util.List;

/** A deterministic key/BPM "analysis" derived from a file's hash, with a correct Camelot code and related keys. */
final class KeyAnalysis {

    private static final String[] PITCHES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    private static final int FIFTH = 7;
    private static final int FOURTH = 5;
    private static final int MINOR_THIRD = 3;

    private KeyAnalysis() {
    }

    static ObjectNode of(String sha256) {
        byte[] hash = HexFormat.of().parseHex(sha256);
        int pitch = Byte.toUnsignedInt(hash[0]) % 12;
        boolean minor = (hash[1] & 1) == 1;
        double bpm = 70 + Byte.toUnsignedInt(hash[2]) % 111;
        String timeSignature = Byte.toUnsignedInt(hash[3]) % 5 == 0 ? "3/4" : "4/4";
        ObjectNode result = SandboxJson.object()
                .put("key", PITCHES[pitch])
                .put("scale", minor ? "Minor" : "Major")
                .put("bpm", bpm)
                .put("time_signature", timeSignature)
                .put("camelot", camelot(pitch, minor));
        ArrayNode compatible = result.putArray("compatible_keys");
        compatibleKeys(pitch, minor).forEach(compatible::add);
        return result;
    }

    private static String camelot(int pitch, boolean minor) {
        // a minor key shares its number with its relative major, three semitones up
        int majorPitch = minor ? (pitch + MINOR_THIRD) % 12 : pitch;
        int number = Math.floorMod(FIFTH * majorPitch + 7, 12) + 1;
        return number + (minor ? "A" : "B");
    }

    // the key itself, its dominant, its subdominant and its relative key
    private static List<String> compatibleKeys(int pitch, boolean minor) {
        String scale = minor ? " Minor" : " Major";
        int relative = minor ? (pitch + MINOR_THIRD) % 12 : (pitch + 12 - MINOR_THIRD) % 12;
        return List.of(
                PITCHES[pitch] + scale,
                PITCHES[(pitch + FIFTH) % 12] + scale,
                PITCHES[(pitch + FOURTH) % 12] + scale,
                PITCHES[relative] + (minor ? " Major" : " Minor"));
    }
}
