package io.camelspeech.benchmarks;

/**
 * One request of the hosted sandbox's wire log, as {@link SandboxHost} prints it: method, the status answered (0:
 * connection dropped), path, and the JSON body's {@code action} (Tencent) or {@code -}.
 */
record WireEntry(String method, int status, String path, String action) {

    /** The line {@link SandboxHost} prints. */
    String line() {
        return SandboxHost.WIRE + " " + method + " " + status + " " + path + " " + action;
    }

    static WireEntry parse(String line) {
        String[] parts = line.split(" ", 5);
        if (parts.length != 5 || !parts[0].equals(SandboxHost.WIRE)) {
            throw new IllegalArgumentException("not a wire line: " + line);
        }
        return new WireEntry(parts[1], Integer.parseInt(parts[2]), parts[3], parts[4]);
    }

    /** The last segment of the path: the job id of a status call such as {@code GET /aimlapi/v1/stt/<id>}. */
    String lastSegment() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
