package io.camelspeech.component.transport;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

import org.apache.camel.StreamCache;
import org.apache.camel.converter.stream.ByteArrayInputStreamCache;
import org.apache.camel.converter.stream.FileInputStreamCache;

/**
 * Receives an answer body into memory up to a threshold and into a temporary file beyond it, whether or not the
 * length was announced. Asks for one chunk at a time, so a slow disk slows the download instead of filling the heap.
 */
final class SpoolingSubscriber implements java.net.http.HttpResponse.BodySubscriber<StreamCache> {

    private final long threshold;
    private final Supplier<File> spoolFile;
    private final CompletableFuture<StreamCache> result = new CompletableFuture<>();
    /** The body while it fits under the threshold: one array, sized by Content-Length when announced. */
    private byte[] memory;
    private int size;
    private Flow.Subscription subscription;
    private File file;
    private FileChannel channel;

    SpoolingSubscriber(long threshold, Supplier<File> spoolFile, long announcedLength) {
        this.threshold = threshold;
        this.spoolFile = spoolFile;
        // an announced body that fits is received into an array of its exact size; otherwise start small
        this.memory = new byte[announcedLength > 0 && announcedLength <= threshold ? (int) announcedLength : 8192];
    }

    @Override
    public CompletionStage<StreamCache> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        try {
            long incoming = buffers.stream().mapToLong(ByteBuffer::remaining).sum();
            if (channel == null && size + incoming > threshold) {
                file = spoolFile.get();
                channel = FileChannel.open(file.toPath(), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                channel.write(ByteBuffer.wrap(memory, 0, size));
                memory = null;
            }
            for (ByteBuffer buffer : buffers) {
                if (channel != null) {
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                } else {
                    int length = buffer.remaining();
                    if (size + length > memory.length) {
                        memory = java.util.Arrays.copyOf(memory, Math.max(size + length, memory.length * 2));
                    }
                    buffer.get(memory, size, length);
                    size += length;
                }
            }
            subscription.request(1);
        } catch (IOException | RuntimeException e) {
            subscription.cancel();
            onError(e);
        }
    }

    @Override
    public void onError(Throwable failure) {
        closeChannel();
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        try {
            closeChannel();
            result.complete(file != null
                    ? new FileInputStreamCache(file)
                    : new ByteArrayInputStreamCache(new ByteArrayInputStream(memory, 0, size)));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the body is complete or already failed; nothing more to save
            }
            channel = null;
        }
    }
}
