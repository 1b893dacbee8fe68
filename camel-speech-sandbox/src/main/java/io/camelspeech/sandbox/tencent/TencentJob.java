package io.camelspeech.sandbox.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.JobSchedule;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.util.List;
import java.util.OptionalLong;

/**
 * One media job: the request it echoes, the outputs it produces and a schedule (cut short by its timeout) from which
 * its state and timing are computed whenever they are asked for.
 */
final class TencentJob {

    static final int SUBMITTED = 1;
    static final int PROCESSING = 2;
    static final int COMPLETED = 3;
    static final int ERROR = 4;

    /** The job at one moment; times are epoch milliseconds, 0 when not reached. */
    record Snapshot(int state, long startedAt, long completedAt, String errorCode, String errorMessage) {
    }

    private final String id;
    private final CreateJobRequest request;
    private final JobSchedule schedule;

    TencentJob(String id, CreateJobRequest request, JobSchedule schedule) {
        this.id = id;
        this.request = request;
        this.schedule = schedule;
    }

    String id() {
        return id;
    }

    String customId() {
        return request.customId();
    }

    CreateJobRequest request() {
        return request;
    }

    /** When the job reaches COMPLETED or ERROR, or empty when it never does (stalled without a timeout). */
    OptionalLong endsAt() {
        OptionalLong deadline = deadline();
        OptionalLong end = schedule.end();
        if (end.isPresent() && (deadline.isEmpty() || end.getAsLong() <= deadline.getAsLong())) {
            return end;
        }
        return deadline;
    }

    Snapshot at(long nowMillis) {
        long started = nowMillis >= schedule.runningFromMillis() ? schedule.runningFromMillis() : 0;
        OptionalLong end = endsAt();
        if (end.isEmpty() || nowMillis < end.getAsLong()) {
            return new Snapshot(started == 0 ? SUBMITTED : PROCESSING, started, 0, null, null);
        }
        long endedAt = end.getAsLong();
        long startedBeforeEnd = schedule.runningFromMillis() < endedAt ? schedule.runningFromMillis() : 0;
        boolean timedOut = schedule.end().isEmpty() || schedule.end().getAsLong() != endedAt;
        if (timedOut) {
            return new Snapshot(ERROR, startedBeforeEnd, endedAt, TencentAssumptions.JOB_TIMEOUT,
                    "The job did not finish within its timeout of " + request.timeoutSeconds() + " s.");
        }
        if (schedule.fate().fails()) {
            return new Snapshot(ERROR, startedBeforeEnd, endedAt, TencentAssumptions.JOB_FAILED,
                    schedule.fate().reason());
        }
        return new Snapshot(COMPLETED, startedBeforeEnd, endedAt, null, null);
    }

    boolean failedAt(long nowMillis) {
        return at(nowMillis).state() == ERROR;
    }

    /** The Job structure of the documentation, as it stands at {@code nowMillis}. */
    ObjectNode toJson(long nowMillis) {
        Snapshot snapshot = at(nowMillis);
        ObjectNode job = SandboxJson.object().put("id", id).put("state", snapshot.state());
        if (request.customId() != null) {
            job.put("customId", request.customId());
        }
        if (request.callback() != null) {
            job.put("callback", request.callback().toString());
        }
        if (request.timeoutSeconds() != null) {
            job.put("timeout", request.timeoutSeconds());
        }
        job.putObject("timing")
                .put("createdAt", Long.toString(schedule.startedAtMillis()))
                .put("startedAt", Long.toString(snapshot.startedAt()))
                .put("completedAt", Long.toString(snapshot.completedAt()));
        job.set("inputs", request.inputs().deepCopy());
        job.set("outputs", outputs(snapshot.state() == COMPLETED));
        if (snapshot.errorCode() != null) {
            job.putObject("error").put("code", snapshot.errorCode()).put("message", snapshot.errorMessage());
        }
        return job;
    }

    private ArrayNode outputs(boolean completed) {
        ArrayNode outputs = SandboxJson.array();
        List<OutputSpec> specs = request.outputSpecs();
        for (int i = 0; i < specs.size(); i++) {
            JsonNode sent = request.outputs().get(i);
            ObjectNode output = sent.deepCopy();
            if (completed) {
                OutputSpec spec = specs.get(i);
                ObjectNode result = output.putObject("smartContentResult").putObject("voiceCloning");
                if (spec.trains()) {
                    result.put("modelName", spec.modelName());
                } else {
                    result.put("voiceName", spec.outputPrefix() + TencentAssumptions.VOICE_FILE);
                }
            }
            outputs.add(output);
        }
        return outputs;
    }

    private OptionalLong deadline() {
        Integer timeout = request.timeoutSeconds();
        return timeout == null ? OptionalLong.empty() : OptionalLong.of(schedule.startedAtMillis() + timeout * 1000L);
    }
}
