package io.camelspeech.component.provider;

import io.camelspeech.component.support.Hashes;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.camelspeech.component.input.TempFiles;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * The default idempotency key of a submission: SHA-256 of provider, operation, the options that shape the request and
 * the input's content, so the same file dropped twice maps to one provider job. Content is digested as a stream.
 */
public final class IdempotencyKeys {

    /** Options that change how the route waits, not what the provider is asked (and paid) for. */
    private static final Set<String> NOT_PART_OF_THE_REQUEST = Set.of("wait", "pollInterval", "maxPollInterval",
            "jobTimeout", "fileName", "callbackUrl", "onUnknownSubmission");

    private IdempotencyKeys() {
    }

    public static String of(SpeechProvider provider, SpeechCall call) {
        MessageDigest digest = Hashes.sha256();
        update(digest, provider.id() + "\n" + call.operation() + "\n");
        for (String option : new TreeSet<>(provider.options(call.operation()))) {
            Object value = call.options().get(option);
            if (value != null && !NOT_PART_OF_THE_REQUEST.contains(option)) {
                update(digest, option + "=" + value + "\n");
            }
        }
        digestContent(digest, call.exchange());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void digestContent(MessageDigest digest, Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof InputStream stream && !(body instanceof StreamCache)) {
            // a one-shot stream: spool it so both the digest and the upload can read it
            Path spooled = TempFiles.create(exchange, ".input");
            try (stream) {
                Files.copy(stream, spooled, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the message body", e);
            }
            exchange.getMessage().setBody(spooled);
            body = spooled;
        }
        digestValue(digest, body, exchange);
    }

    private static void digestValue(MessageDigest digest, Object body, Exchange exchange) {
        if (body == null) {
            return;
        }
        if (body instanceof String text) {
            update(digest, text);
        } else if (body instanceof byte[] bytes) {
            digest.update(bytes);
        } else if (body instanceof Collection<?> many) {
            many.forEach(item -> digestValue(digest, item instanceof String path ? Path.of(path) : item, exchange));
        } else if (asFile(body) != null) {
            digestFile(digest, asFile(body).toPath());
        } else if (body instanceof StreamCache cache) {
            try (DigestInputStream in = new DigestInputStream(cache instanceof InputStream s ? s
                    : exchange.getContext().getTypeConverter().convertTo(InputStream.class, exchange, cache), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the message body", e);
            } finally {
                cache.reset();
            }
        } else {
            update(digest, exchange.getContext().getTypeConverter().convertTo(String.class, exchange, body));
        }
    }

    private static void digestFile(MessageDigest digest, Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> children = Files.list(path)) {
                List<Path> files = children.filter(Files::isRegularFile).sorted().toList();
                for (Path file : files) {
                    update(digest, file.getFileName().toString());
                    digestFile(digest, file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + path, e);
            }
            return;
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.nio.file.NoSuchFileException e) {
            // the same words as reading the audio would use: a file that went away is bad input, not an I/O fault
            throw new io.camelspeech.component.SpeechValidationException("file " + path, "file " + path
                    + " does not exist or is not a regular file");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static File asFile(Object value) {
        if (value instanceof WrappedFile<?> wrapped) {
            Object inner = wrapped.getFile();
            return inner instanceof File f ? f : inner instanceof Path p ? p.toFile() : null;
        }
        return value instanceof File f ? f : value instanceof Path p ? p.toFile() : null;
    }

    private static void update(MessageDigest digest, String text) {
        if (text != null) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
