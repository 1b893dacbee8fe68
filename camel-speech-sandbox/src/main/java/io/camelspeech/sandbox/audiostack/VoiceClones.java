package io.camelspeech.sandbox.audiostack;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The latest clone of every alias; an alias is globally unique while its clone has not failed. */
final class VoiceClones {

    private final Map<String, VoiceClone> byAlias = new HashMap<>();

    /** Adds the clone the factory makes, unless the alias is taken (409); the factory runs only when it is free. */
    synchronized VoiceClone create(String alias, Supplier<VoiceClone> factory) {
        VoiceClone existing = byAlias.get(alias);
        if (existing != null && existing.holdsAliasAt(System.currentTimeMillis())) {
            throw AudioStackException.conflict("A voice with the alias '" + alias + "' already exists: aliases "
                    + "must be globally unique");
        }
        VoiceClone clone = factory.get();
        byAlias.put(alias, clone);
        return clone;
    }

    synchronized Optional<VoiceClone> find(String alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }
}
