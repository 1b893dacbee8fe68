package io.camelspeech.sandbox;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A multipart body with one file part whose content is generated while it is sent, so a test can upload
 * hundreds of megabytes from a small heap. The file part is followed by a {@code model=whisper} text part.
 */
final class StreamedUpload {

    private static final String BOUNDARY = "streamed-upload-boundary";

    private StreamedUpload() {
    }

    static HttpRequest request(TtsAiClient client, String path, String fileName, String type, byte[] fileHead,
            InputStream fileRest, long fileSize) {
        byte[] partHeader = MultipartBody.fileHeader(BOUNDARY, "file", fileName, type).getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper\r\n--"
                + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = partHeader.length + fileSize + tail.length;
        return client.request(path, TtsAiClient.KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
                    List<InputStream> parts = new ArrayList<>();
                    parts.add(new ByteArrayInputStream(partHeader));
                    parts.add(new ByteArrayInputStream(fileHead));
                    parts.add(fileRest);
                    parts.add(new ByteArrayInputStream(tail));
                    return new SequenceInputStream(Collections.enumeration(parts));
                }), length))
                .build();
    }
}
