package io.camelspeech.sandbox.body;

import io.camelspeech.sandbox.UploadedFile;
import io.camelspeech.sandbox.audio.InspectedAudio;
import io.camelspeech.sandbox.audio.UploadInspector;
import io.camelspeech.sandbox.spi.ReceivedFile;
import io.camelspeech.sandbox.spi.RequestPayload;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Streams a multipart/form-data body part by part: text parts are kept (up to {@value #MAX_TEXT_PART_BYTES} bytes,
 * far above any documented text limit), file parts only pass through an {@link UploadInspector}.
 */
final class MultipartBodyReader {

    private static final int MAX_TEXT_PART_BYTES = 1 << 20;

    void read(String contentType, long contentLength, InputStream body, RequestPayload.Builder payload)
            throws IOException {
        try {
            FileItemInputIterator parts = new StreamingFileUpload()
                    .getItemIterator(new StreamRequestContext(contentType, contentLength, body));
            while (parts.hasNext()) {
                readPart(parts.next(), payload);
            }
        } catch (FileUploadException e) {
            // a garbled or truncated body (MalformedStreamException) is the client's mistake: answer 400, not 500
            payload.problem("malformed multipart body: " + e.getMessage());
        }
    }

    private static void readPart(FileItemInput part, RequestPayload.Builder payload) throws IOException {
        String name = part.getFieldName() == null ? "" : part.getFieldName();
        try (InputStream content = part.getInputStream()) {
            if (isFile(part)) {
                UploadInspector inspector = new UploadInspector();
                content.transferTo(inspector);
                payload.file(name, received(part, name, inspector.result()));
            } else {
                String value = new String(content.readNBytes(MAX_TEXT_PART_BYTES), StandardCharsets.UTF_8);
                content.transferTo(OutputStream.nullOutputStream());
                payload.formField(name, value);
            }
        }
    }

    // a part without a file name still counts as a file when it declares a non-text content type
    private static boolean isFile(FileItemInput part) {
        String type = part.getContentType();
        return !part.isFormField() || (type != null && !type.toLowerCase(Locale.ROOT).startsWith("text/"));
    }

    private static ReceivedFile received(FileItemInput part, String name, InspectedAudio audio) {
        UploadedFile upload = new UploadedFile(name, part.getName(), part.getContentType(), audio.size(),
                audio.sha256(), audio.format());
        return new ReceivedFile(upload, audio.wav());
    }
}
