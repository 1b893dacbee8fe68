package io.camelspeech.component.input;

import java.net.http.HttpRequest;
import java.nio.file.Path;

/**
 * Audio to upload, held as a file or (when small) as bytes, so every retry can send it again and nothing large sits
 * in heap. {@code subject} names where it came from for error messages ("message body", "file inbox/a.wav").
 */
public final class AudioInput {

    private final String subject;
    private final String fileName;
    private final Path path;
    private final byte[] bytes;
    private final long length;
    private final AudioFormat format;

    AudioInput(String subject, String fileName, Path path, byte[] bytes, long length, AudioFormat format) {
        this.subject = subject;
        // providers infer the type from the name's extension when the part's content type is generic
        this.fileName = fileName != null ? fileName : "audio." + (format != null ? format.extension() : "bin");
        this.path = path;
        this.bytes = bytes;
        this.length = length;
        this.format = format;
    }

    public String subject() {
        return subject;
    }

    public String fileName() {
        return fileName;
    }

    public long length() {
        return length;
    }

    /** @return the sniffed format, or {@code null} when the leading bytes match no known audio container */
    public AudioFormat format() {
        return format;
    }

    public String contentType() {
        return format != null ? format.mimeType() : "application/octet-stream";
    }

    /** Seconds of audio as the file's own headers tell, or a negative number when they do not. */
    public double duration() {
        try {
            if (path != null) {
                return AudioDuration.seconds(path, format);
            }
            Path scratch = java.nio.file.Files.createTempFile("speech-duration-", "." + fileName);
            try {
                java.nio.file.Files.write(scratch, bytes);
                return AudioDuration.seconds(scratch, format);
            } finally {
                java.nio.file.Files.deleteIfExists(scratch);
            }
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** A fresh publisher per attempt; files are read as the request is sent, never loaded whole. */
    public HttpRequest.BodyPublisher publisher() {
        if (path != null) {
            try {
                return HttpRequest.BodyPublishers.ofFile(path);
            } catch (java.io.FileNotFoundException e) {
                throw new IllegalStateException(subject + " disappeared before it was sent: " + path, e);
            }
        }
        return HttpRequest.BodyPublishers.ofByteArray(bytes);
    }
}
