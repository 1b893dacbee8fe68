package io.camelspeech.component.transport;

import java.io.File;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

import org.apache.camel.StreamCache;

/** The readers of successful answers shared by every provider. */
public final class ResponseReaders {

    private ResponseReaders() {
    }

    /** Small JSON answers: kept as bytes, parsed by the caller (a malformed body is then a clear provider error). */
    public static ResponseReader<byte[]> bytes() {
        return info -> HttpResponse.BodySubscribers.ofByteArray();
    }

    /**
     * Audio: up to {@code threshold} bytes in memory, beyond it written to a temporary file as it arrives. Either way
     * the result is a re-readable {@link StreamCache}.
     */
    public static ResponseReader<StreamCache> streamCache(long threshold, Supplier<File> spoolFile) {
        return info -> new SpoolingSubscriber(threshold, spoolFile,
                info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }
}
