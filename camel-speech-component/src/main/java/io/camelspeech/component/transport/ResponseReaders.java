package io.camelspeech.component.transport;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

import org.apache.camel.StreamCache;
import org.apache.camel.converter.stream.ByteArrayInputStreamCache;
import org.apache.camel.converter.stream.FileInputStreamCache;

/** The readers of successful answers shared by every provider. */
public final class ResponseReaders {

    private ResponseReaders() {
    }

    /** Small JSON answers: kept as bytes, parsed by the caller (a malformed body is then a clear provider error). */
    public static ResponseReader<byte[]> bytes() {
        return info -> HttpResponse.BodySubscribers.ofByteArray();
    }

    /**
     * Audio: up to {@code threshold} bytes (when the length is announced) in memory, anything else written to a
     * temporary file as it arrives. Either way the result is a re-readable {@link StreamCache}.
     */
    public static ResponseReader<StreamCache> streamCache(long threshold, Supplier<File> spoolFile) {
        return info -> {
            long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (length >= 0 && length <= threshold) {
                return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(),
                        bytes -> new ByteArrayInputStreamCache(new ByteArrayInputStream(bytes)));
            }
            File target = spoolFile.get();
            return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofFile(target.toPath()),
                    path -> new FileInputStreamCache(path.toFile()));
        };
    }
}
