package io.camelspeech.sandbox;

/**
 * What the sandbox kept of one uploaded file part: never its content, only its size, SHA-256 (lower-case hex) and the
 * format its first bytes reveal ({@code wav, mp3, ogg, flac, m4a, webm} or {@code unknown}).
 */
public record UploadedFile(String fieldName, String fileName, String contentType, long size, String sha256,
        String detectedFormat) {
}
