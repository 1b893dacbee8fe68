package io.camelspeech.sandbox.audiostack;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The organisation's files by id. */
final class FileStore {

    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

    StoredFile create(String fileName, String folderId, String categoryId, String mimeType) {
        StoredFile file = new StoredFile(UUID.randomUUID().toString(), fileName, folderId, categoryId, mimeType,
                System.currentTimeMillis());
        files.put(file.fileId(), file);
        return file;
    }

    Optional<StoredFile> find(String fileId) {
        return Optional.ofNullable(files.get(fileId));
    }
}
