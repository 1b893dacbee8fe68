package io.camelspeech.component.support;

import java.util.concurrent.CompletionException;

/** What a failed future failed with. */
public final class Futures {

    private Futures() {
    }

    /** The failure itself, not the {@link CompletionException}s that stages wrap it in. */
    public static Throwable cause(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
