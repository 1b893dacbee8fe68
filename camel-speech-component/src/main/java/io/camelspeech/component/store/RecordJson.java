package io.camelspeech.component.store;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.model.SpeechJson;

/**
 * A record as the file store writes it: indented JSON, snake_case names, times in ISO-8601, the job last because it
 * is the longest. Written field by field rather than by reflection, so the file format is exactly what is here.
 */
final class RecordJson {

    private RecordJson() {
    }

    static byte[] write(JobRecord record) throws IOException {
        return SpeechJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(record));
    }

    /** The same fields on one line, for the {@link Journal}. */
    static byte[] writeLine(JobRecord record) throws IOException {
        return SpeechJson.MAPPER.writeValueAsBytes(toJson(record));
    }

    private static ObjectNode toJson(JobRecord record) {
        ObjectNode json = SpeechJson.MAPPER.createObjectNode();
        putText(json, "reference", record.reference());
        putText(json, "provider", record.provider());
        putText(json, "operation", record.operation());
        putText(json, "job_id", record.jobId());
        putText(json, "state", record.state() == null ? null : record.state().name());
        json.put("emitted", record.emitted());
        putText(json, "owner", record.owner());
        putTime(json, "lease_until", record.leaseUntil());
        putText(json, "idempotency_key", record.idempotencyKey());
        putText(json, "token_hash", record.tokenHash());
        putTime(json, "created_at", record.createdAt());
        putTime(json, "updated_at", record.updatedAt());
        putText(json, "job_json", record.jobJson());
        return json;
    }

    static JobRecord read(byte[] content) throws IOException {
        JsonNode json = SpeechJson.MAPPER.readTree(content);
        if (json == null || !json.isObject()) {
            throw new IOException("not a JSON object");
        }
        String state = text(json, "state");
        return new JobRecord(text(json, "reference"), text(json, "provider"), text(json, "operation"),
                text(json, "job_id"), state == null ? null : JobState.valueOf(state), text(json, "job_json"),
                text(json, "idempotency_key"), text(json, "token_hash"), json.path("emitted").asBoolean(false),
                text(json, "owner"), time(json, "lease_until"), time(json, "created_at"), time(json, "updated_at"));
    }

    private static void putText(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static void putTime(ObjectNode json, String name, Instant value) {
        if (value != null) {
            json.put(name, value.toString());
        }
    }

    private static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant time(JsonNode json, String name) {
        String value = text(json, name);
        return value == null ? null : Instant.parse(value);
    }
}
