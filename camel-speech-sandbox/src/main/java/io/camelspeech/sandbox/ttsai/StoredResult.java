package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.audio.WavSpec;

import java.util.List;

/** How to produce a downloadable result again: recipes are kept, never rendered audio. */
sealed interface StoredResult {

    /** One synthesised audio file. */
    record Audio(WavSpec spec) implements StoredResult {
    }

    /** A zip holding one WAV per stem. */
    record Stems(List<String> names, double seconds) implements StoredResult {
    }
}
