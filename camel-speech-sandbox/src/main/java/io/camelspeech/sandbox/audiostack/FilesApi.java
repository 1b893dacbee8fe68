package io.camelspeech.sandbox.audiostack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.JsonFields;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/** {@code POST /files} (a file and its presigned upload URL) and {@code GET /files/{fileId}} (its state). */
final class FilesApi {

    private final FileStore files;
    private final PresignedPut storage;

    FilesApi(FileStore files, PresignedPut storage) {
        this.files = files;
        this.storage = storage;
    }

    void create(ProviderExchange exchange) throws IOException {
        JsonFields body = AudioStackModule.jsonBody(exchange);
        String fileName = body.requiredText("file_name");
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String mimeType = AudioStackAssumptions.MIME_TYPES.get(extension);
        if (mimeType == null) {
            throw AudioStackException.badRequest("file_name must end with one of the extensions "
                    + AudioStackAssumptions.MIME_TYPES.keySet().stream().sorted().toList() + ", was '" + fileName + "'");
        }
        StoredFile file = files.create(fileName, body.text("folder_id").orElse(null),
                body.text("category_id").orElse(null), mimeType);
        exchange.respondJson(200, SandboxJson.object()
                .put("fileId", file.fileId())
                .put("uploadUrl", storage.urlFor(file))
                .put("mimeType", mimeType));
    }

    void describe(ProviderExchange exchange) throws IOException {
        String fileId = exchange.pathParameter("fileId");
        StoredFile file = files.find(fileId)
                .orElseThrow(() -> AudioStackException.notFound("File " + fileId + " not found"));
        exchange.respondJson(200, describe(file));
    }

    private static ObjectNode describe(StoredFile file) {
        String created = Instant.ofEpochMilli(file.createdAtMillis()).toString();
        ObjectNode json = SandboxJson.object()
                .put("fileId", file.fileId())
                .put("fileName", file.fileName())
                .put("folderId", file.folderId())
                .put("categoryId", file.categoryId())
                .putNull("url")
                .put("createdBy", "sandbox")
                .put("lastModified", file.upload()
                        .map(upload -> Instant.ofEpochMilli(upload.uploadedAtMillis()).toString())
                        .orElse(created));
        String mimeType = file.mimeType();
        json.putObject("fileType").put("name", mimeType.substring(0, mimeType.indexOf('/'))).put("mimeType", mimeType);
        json.putNull("fileCategory");
        json.put("size", file.upload().map(StoredFile.Upload::size).orElse(0L))
                .put("createdAt", created)
                .put("status", file.status());
        Double seconds = file.upload().map(StoredFile.Upload::seconds).orElse(null);
        if (seconds == null) {
            json.putNull("duration");
        } else {
            json.put("duration", Math.round(seconds * 1000) / 1000.0);
        }
        return json;
    }
}
