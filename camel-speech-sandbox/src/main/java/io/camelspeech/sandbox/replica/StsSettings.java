package io.camelspeech.sandbox.replica;

import io.camelspeech.sandbox.spi.JsonFields;

import java.util.UUID;

/** The settings of a speech-to-speech job, from the body of {@code POST /speech/sts}. */
record StsSettings(String performerStyleId, String modelChain, Double globalPace, Double globalPitch,
        Double globalVolume, String languageCode) {

    static StsSettings from(JsonFields body) {
        String performer = body.requiredText("performer_style_id");
        try {
            UUID.fromString(performer);
        } catch (IllegalArgumentException e) {
            throw ReplicaException.unprocessable("performer_style_id must be a UUID, was '" + performer + "'.");
        }
        return new StsSettings(performer, body.requiredText("model_chain"),
                body.number("global_pace").orElse(null), body.number("global_pitch").orElse(null),
                body.number("global_volume").orElse(null), body.text("language_code").orElse(null));
    }
}
