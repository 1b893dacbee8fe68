package io.camelspeech.component.model;

import java.util.List;

/** Musical analysis of audio: key, scale, tempo, time signature and compatible keys. */
public record AudioAnalysis(
        String key, String scale, Double bpm, String timeSignature, String camelot, List<String> compatibleKeys) implements SpeechJsonBody {

    @Override
    public String toString() {
        return SpeechJson.write(this);
    }
}
