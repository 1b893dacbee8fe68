package io.camelspeech.sandbox.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.sandbox.UploadedFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A request body after it has been streamed through: parsed JSON, multipart text fields and file facts, or the facts
 * of a raw body (any other content type, as a presigned PUT upload sends). File contents are never kept.
 */
public final class RequestPayload {

    /** The name under which {@link #uploadedFiles()} lists a raw body. */
    public static final String RAW_BODY = "body";

    private final String contentType;
    private final JsonNode json;
    private final List<String> partOrder;
    private final Map<String, String> formFields;
    private final Map<String, ReceivedFile> files;
    private final ReceivedFile rawBody;
    private final long bodyBytes;
    private final String problem;

    private RequestPayload(Builder builder) {
        this.contentType = builder.contentType;
        this.json = builder.json;
        this.partOrder = List.copyOf(builder.partOrder);
        this.formFields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.formFields));
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(builder.files));
        this.rawBody = builder.rawBody;
        this.bodyBytes = builder.bodyBytes;
        this.problem = builder.problem;
    }

    public static Builder builder(String contentType) {
        return new Builder(contentType);
    }

    public static RequestPayload empty() {
        return builder(null).build();
    }

    /** The Content-Type header, or null. */
    public String contentType() {
        return contentType;
    }

    /** The parsed JSON body, or null when the body was not JSON. */
    public JsonNode json() {
        return json;
    }

    public List<String> partOrder() {
        return partOrder;
    }

    public Map<String, String> formFields() {
        return formFields;
    }

    public Map<String, ReceivedFile> files() {
        return files;
    }

    /** The facts of a non-empty body that was neither JSON nor multipart. */
    public Optional<ReceivedFile> rawBody() {
        return Optional.ofNullable(rawBody);
    }

    /** The recorded facts of each file part by field name, or of a raw body under {@value #RAW_BODY}. */
    public Map<String, UploadedFile> uploadedFiles() {
        Map<String, UploadedFile> uploads = new LinkedHashMap<>();
        files.forEach((name, file) -> uploads.put(name, file.upload()));
        if (rawBody != null) {
            uploads.put(RAW_BODY, rawBody.upload());
        }
        return uploads;
    }

    public long bodyBytes() {
        return bodyBytes;
    }

    /** Why the body could not be understood (malformed JSON or multipart), if it could not. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Throws the provider's error, made from the {@link #problem()}, when the body could not be read. */
    public void requireReadable(Function<String, ? extends RuntimeException> error) {
        if (problem != null) {
            throw error.apply(problem);
        }
    }

    /** Filled in by the body readers while the body streams through. */
    public static final class Builder {
        private final String contentType;
        private final List<String> partOrder = new ArrayList<>();
        private final Map<String, String> formFields = new LinkedHashMap<>();
        private final Map<String, ReceivedFile> files = new LinkedHashMap<>();
        private JsonNode json;
        private ReceivedFile rawBody;
        private long bodyBytes;
        private String problem;

        private Builder(String contentType) {
            this.contentType = contentType;
        }

        public Builder json(JsonNode value) {
            this.json = value;
            return this;
        }

        /** Records a text part; a repeated name keeps its first value. */
        public Builder formField(String name, String value) {
            partOrder.add(name);
            formFields.putIfAbsent(name, value);
            return this;
        }

        /** Records a file part; a repeated name keeps its first file. */
        public Builder file(String name, ReceivedFile file) {
            partOrder.add(name);
            files.putIfAbsent(name, file);
            return this;
        }

        public Builder rawBody(ReceivedFile body) {
            this.rawBody = body;
            return this;
        }

        public Builder bodyBytes(long count) {
            this.bodyBytes = count;
            return this;
        }

        public Builder problem(String description) {
            this.problem = description;
            return this;
        }

        public RequestPayload build() {
            return new RequestPayload(this);
        }
    }
}
