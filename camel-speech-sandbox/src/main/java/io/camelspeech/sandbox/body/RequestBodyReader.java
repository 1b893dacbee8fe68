package io.camelspeech.sandbox.body;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import io.camelspeech.sandbox.UploadedFile;
import io.camelspeech.sandbox.audio.InspectedAudio;
import io.camelspeech.sandbox.audio.UploadInspector;
import io.camelspeech.sandbox.spi.ReceivedFile;
import io.camelspeech.sandbox.spi.RequestPayload;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Reads a whole request body as a stream, whatever its size, into a {@link RequestPayload}: JSON is parsed,
 * multipart is walked part by part, anything else passes through an {@link UploadInspector} like a file part. The
 * body is always consumed to the end so the client can read the answer, even a refusal.
 */
public final class RequestBodyReader {

    // JSON bodies carry at most one text (50,000 characters on the largest plan); this leaves a wide margin
    private static final int MAX_JSON_BYTES = 2 << 20;

    public RequestPayload read(HttpExchange http) throws IOException {
        String contentType = http.getRequestHeaders().getFirst("Content-Type");
        CountingInputStream body = new CountingInputStream(http.getRequestBody());
        RequestPayload.Builder payload = RequestPayload.builder(contentType);
        String mediaType = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).trim();
        if (mediaType.startsWith("multipart/")) {
            new MultipartBodyReader().read(contentType, declaredLength(http), body, payload);
        } else if (isJson(mediaType)) {
            readJson(body, payload);
        } else {
            inspectRaw(contentType, body, payload);
        }
        body.transferTo(OutputStream.nullOutputStream());
        return payload.bodyBytes(body.count()).build();
    }

    /** Consumes a body that nobody will look at. */
    public void discard(HttpExchange http) throws IOException {
        try (InputStream body = http.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static boolean isJson(String mediaType) {
        String type = mediaType.split(";", 2)[0].trim();
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static void readJson(InputStream body, RequestPayload.Builder payload) throws IOException {
        byte[] bytes = body.readNBytes(MAX_JSON_BYTES + 1);
        if (bytes.length > MAX_JSON_BYTES) {
            payload.problem("JSON body larger than " + MAX_JSON_BYTES + " bytes");
        } else if (bytes.length > 0) {
            try {
                payload.json(SandboxJson.MAPPER.readTree(bytes));
            } catch (JsonProcessingException e) {
                payload.problem("malformed JSON body: " + e.getOriginalMessage());
            }
        }
    }

    // a raw body is an upload in itself (a presigned PUT): keep the same facts as for a file part
    private static void inspectRaw(String contentType, InputStream body, RequestPayload.Builder payload)
            throws IOException {
        UploadInspector inspector = new UploadInspector();
        if (body.transferTo(inspector) > 0) {
            InspectedAudio audio = inspector.result();
            UploadedFile upload = new UploadedFile(RequestPayload.RAW_BODY, null, contentType, audio.size(),
                    audio.sha256(), audio.format());
            payload.rawBody(new ReceivedFile(upload, audio.wav()));
        }
    }

    private static long declaredLength(HttpExchange http) {
        String length = http.getRequestHeaders().getFirst("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
