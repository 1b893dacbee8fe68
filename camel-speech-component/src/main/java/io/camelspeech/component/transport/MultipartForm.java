package io.camelspeech.component.transport;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.camelspeech.component.input.AudioInput;

/**
 * A multipart/form-data body whose parts are sent in the order they were added (a presigned POST needs its fields
 * before the file). File parts stream from disk through {@link HttpRequest.BodyPublishers#concat}; the body can be
 * published again for a retry.
 */
public final class MultipartForm {

    private final String boundary = "speech-" + UUID.randomUUID();
    private final List<Object> parts = new ArrayList<>();

    /** A field; a list becomes one field per item, under the same name. */
    public MultipartForm field(String name, Object value) {
        if (value instanceof Iterable<?> items) {
            items.forEach(item -> field(name, item));
        } else if (value != null) {
            parts.add(new Field(name, String.valueOf(value)));
        }
        return this;
    }

    public MultipartForm file(String name, AudioInput audio) {
        parts.add(new FilePart(name, audio));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public Supplier<HttpRequest.BodyPublisher> publisher() {
        return () -> {
            List<HttpRequest.BodyPublisher> publishers = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Object part : parts) {
                if (part instanceof Field field) {
                    text.append("--").append(boundary).append("\r\n")
                            .append("Content-Disposition: form-data; name=\"").append(escape(field.name())).append("\"\r\n")
                            .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n")
                            .append(field.value()).append("\r\n");
                } else {
                    FilePart file = (FilePart) part;
                    text.append("--").append(boundary).append("\r\n")
                            .append("Content-Disposition: form-data; name=\"").append(escape(file.name()))
                            .append("\"; filename=\"").append(escape(file.audio().fileName())).append("\"\r\n")
                            .append("Content-Type: ").append(file.audio().contentType()).append("\r\n\r\n");
                    publishers.add(utf8(text));
                    text.setLength(0);
                    publishers.add(file.audio().publisher());
                    text.append("\r\n");
                }
            }
            text.append("--").append(boundary).append("--\r\n");
            publishers.add(utf8(text));
            return HttpRequest.BodyPublishers.concat(publishers.toArray(HttpRequest.BodyPublisher[]::new));
        };
    }

    private static HttpRequest.BodyPublisher utf8(CharSequence text) {
        return HttpRequest.BodyPublishers.ofByteArray(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Quotes and line breaks would end the header early; file names come from users and providers. */
    private static String escape(String value) {
        return value == null ? "audio" : value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private record Field(String name, String value) {
    }

    private record FilePart(String name, AudioInput audio) {
    }
}
