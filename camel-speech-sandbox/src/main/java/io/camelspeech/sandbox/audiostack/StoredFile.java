package io.camelspeech.sandbox.audiostack;

import io.camelspeech.sandbox.spi.ReceivedFile;

import java.util.Optional;

/** A file of the organisation: created by {@code POST /files}, its facts known once the PUT upload completed. */
final class StoredFile {

    /**
     * What the upload brought.
     *
     * @param seconds null when the content is not audio
     */
    record Upload(long size, String format, Double seconds, String sha256, long uploadedAtMillis) {

        static Upload of(ReceivedFile body, long nowMillis) {
            boolean audio = AudioStackAssumptions.AUDIO_FORMATS.contains(body.format());
            Double seconds = audio ? body.durationSeconds(AudioStackAssumptions.COMPRESSED_AUDIO_BITS_PER_SECOND) : null;
            return new Upload(body.size(), body.format(), seconds, body.upload().sha256(), nowMillis);
        }

        static Upload empty(long nowMillis) {
            return new Upload(0, "unknown", null, null, nowMillis);
        }
    }

    private final String fileId;
    private final String fileName;
    private final String folderId;
    private final String categoryId;
    private final String mimeType;
    private final long createdAtMillis;
    private volatile Upload upload;

    StoredFile(String fileId, String fileName, String folderId, String categoryId, String mimeType,
            long createdAtMillis) {
        this.fileId = fileId;
        this.fileName = fileName;
        this.folderId = folderId;
        this.categoryId = categoryId;
        this.mimeType = mimeType;
        this.createdAtMillis = createdAtMillis;
    }

    String fileId() {
        return fileId;
    }

    String fileName() {
        return fileName;
    }

    String folderId() {
        return folderId;
    }

    String categoryId() {
        return categoryId;
    }

    String mimeType() {
        return mimeType;
    }

    long createdAtMillis() {
        return createdAtMillis;
    }

    void uploaded(Upload completed) {
        upload = completed;
    }

    Optional<Upload> upload() {
        return Optional.ofNullable(upload);
    }

    String status() {
        return upload == null ? AudioStackAssumptions.UPLOADING : AudioStackAssumptions.UPLOADED;
    }
}
