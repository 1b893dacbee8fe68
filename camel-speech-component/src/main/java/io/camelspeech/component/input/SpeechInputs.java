package io.camelspeech.component.input;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.camelspeech.component.SpeechValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * Turns what a route sends (String, byte[], InputStream, File, Path, a file consumer's GenericFile, an S3 consumer's
 * stream, a stream cache) into audio or text input. Files are used where they lie; streams are spooled to a temporary
 * file above the threshold so they can be measured, sniffed and re-sent without holding them in heap.
 */
public final class SpeechInputs {

    private SpeechInputs() {
    }

    public static AudioInput audio(Object value, String subject, String fileName, Exchange exchange, long spoolThreshold) {
        if (value == null) {
            throw new SpeechValidationException(subject, subject + " is empty: audio is required");
        }
        File file = asFile(value);
        if (file != null) {
            return fromFile(file.toPath(), subject.equals("message body") ? "file " + file.getPath() : subject,
                    fileName != null ? fileName : file.getName());
        }
        if (value instanceof String text) {
            throw new SpeechValidationException(subject, subject + " is text (" + abbreviate(text)
                    + ") but audio is required: send a File, Path, byte[] or InputStream");
        }
        if (value instanceof byte[] bytes) {
            return fromBytes(bytes, subject, fileName);
        }
        if (value instanceof StreamCache cache && value instanceof InputStream) {
            cache.reset();
        }
        if (value instanceof InputStream stream) {
            return fromStream(stream, subject, fileName, exchange, spoolThreshold);
        }
        InputStream converted = exchange.getContext().getTypeConverter().tryConvertTo(InputStream.class, exchange, value);
        if (converted == null) {
            throw new SpeechValidationException(subject, subject + " of type " + value.getClass().getName()
                    + " cannot be read as audio");
        }
        return fromStream(converted, subject, fileName, exchange, spoolThreshold);
    }

    /** Text as strict UTF-8: a file with invalid bytes is refused rather than sent garbled. */
    public static String text(Object value, String subject, Exchange exchange, int maxChars) {
        if (value == null) {
            throw new SpeechValidationException(subject, subject + " is empty: text is required");
        }
        if (value instanceof String text) {
            return text;
        }
        File file = asFile(value);
        byte[] bytes;
        try {
            if (file != null) {
                // UTF-8 takes at most 4 bytes a character: anything larger is over the limit without reading it
                if (file.length() > (long) maxChars * 4) {
                    throw new SpeechValidationException(subject, "file " + file.getPath() + " is " + file.length()
                            + " bytes, more than the text limit of " + maxChars + " characters");
                }
                bytes = Files.readAllBytes(file.toPath());
            } else if (value instanceof byte[] raw) {
                bytes = raw;
            } else {
                InputStream stream = exchange.getContext().getTypeConverter().tryConvertTo(InputStream.class, exchange, value);
                if (stream == null) {
                    return exchange.getContext().getTypeConverter().convertTo(String.class, exchange, value);
                }
                bytes = stream.readNBytes(maxChars * 4 + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + subject, e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SpeechValidationException(subject, (file != null ? "file " + file.getPath() : subject)
                    + " is not valid UTF-8 text");
        }
    }

    /** Whether the value is text rather than audio (a String, or a file named *.txt). */
    public static boolean isText(Object value) {
        if (value instanceof String) {
            return true;
        }
        File file = asFile(value);
        return file != null && file.getName().toLowerCase().endsWith(".txt");
    }

    static File asFile(Object value) {
        if (value instanceof WrappedFile<?> wrapped) {
            Object inner = wrapped.getFile();
            if (inner instanceof File f) {
                return f;
            }
            if (inner instanceof Path p) {
                return p.toFile();
            }
            return null;
        }
        if (value instanceof File f) {
            return f;
        }
        if (value instanceof Path p) {
            return p.toFile();
        }
        return null;
    }

    private static AudioInput fromFile(Path path, String subject, String fileName) {
        if (!Files.isRegularFile(path)) {
            throw new SpeechValidationException(subject, subject + " does not exist or is not a regular file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(AudioFormat.SNIFF_LENGTH);
            return new AudioInput(subject, fileName, path, null, Files.size(path),
                    AudioFormat.detect(head, head.length));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + subject, e);
        }
    }

    private static AudioInput fromBytes(byte[] bytes, String subject, String fileName) {
        return new AudioInput(subject, fileName, null, bytes, bytes.length, AudioFormat.detect(bytes, bytes.length));
    }

    private static AudioInput fromStream(
            InputStream stream, String subject, String fileName, Exchange exchange, long spoolThreshold) {
        try {
            byte[] head = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, spoolThreshold + 1));
            if (head.length <= spoolThreshold) {
                return fromBytes(head, subject, fileName);
            }
            Path spool = TempFiles.create(exchange, ".audio");
            try (OutputStream out = Files.newOutputStream(spool)) {
                out.write(head);
                stream.transferTo(out);
            }
            byte[] sniff = Arrays.copyOf(head, AudioFormat.SNIFF_LENGTH);
            return new AudioInput(subject, fileName, spool, null, Files.size(spool),
                    AudioFormat.detect(sniff, sniff.length));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + subject, e);
        } finally {
            closeQuietly(stream);
        }
    }

    private static void closeQuietly(InputStream stream) {
        if (stream instanceof StreamCache || stream instanceof ByteArrayInputStream) {
            return; // owned by the message, which may read it again
        }
        try {
            stream.close();
        } catch (IOException ignored) {
            // nothing to recover: the bytes were already read
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? "\"" + text + "\"" : "\"" + text.substring(0, 37) + "...\"";
    }
}
