package io.camelspeech.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.sandbox.Fault;
import io.camelspeech.sandbox.RecordedRequest;
import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;

/**
 * The sandbox in a JVM of its own, as {@code SandboxMain} (every sandbox flag works), plus what a benchmark needs
 * from another process: commands on standard input, answered on standard output.
 * <ul>
 * <li>{@code wire <pathContains>}: one line {@code WIRE <method> <status> <path> <action>} per request of the wire
 * log (its last 10,000) whose path contains the text, then {@code WIRE-END <count>};</li>
 * <li>{@code clear}: empties the wire log, answers {@code CLEARED}.</li>
 * </ul>
 * Its own flag {@code --host-delay PATH=MS} (repeatable) delays every answer to a path containing {@code PATH} by
 * {@code MS} milliseconds (the sandbox's {@link Fault#delay}: after the request was admitted, so a TTS.ai request
 * holds its plan's concurrency slot meanwhile; a refused request is delayed as well before its 429).
 */
public final class SandboxHost {

    static final String WIRE_COMMAND = "wire";
    static final String WIRE = "WIRE";
    static final String WIRE_END = "WIRE-END";
    static final String CLEAR = "clear";
    static final String CLEARED = "CLEARED";
    private static final String HOST_DELAY = "--host-delay";

    private SandboxHost() {
    }

    /** True for a line that answers a command (the parent keeps them apart from the sandbox's own output). */
    static boolean isReply(String line) {
        return line.startsWith(WIRE + " ") || line.startsWith(WIRE_END) || line.startsWith(CLEARED);
    }

    public static void main(String[] args) throws IOException {
        List<String> sandboxArgs = new ArrayList<>();
        List<String[]> delays = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(HOST_DELAY) && i + 1 < args.length) {
                delays.add(args[++i].split("=", 2));
            } else {
                sandboxArgs.add(args[i]);
            }
        }
        SandboxConfig config;
        try {
            config = SandboxConfig.fromArgs(sandboxArgs.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            // the first line names the refused flag; the parent shows the last lines
            System.out.println("sandbox flags refused: " + e.getMessage().lines().findFirst().orElse(""));
            System.exit(2);
            return;
        }
        SpeechSandbox sandbox = SpeechSandbox.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
        for (String[] delay : delays) {
            sandbox.faults().enqueue(delay[0], Fault.delay(Duration.ofMillis(Long.parseLong(delay[1]))),
                    Integer.MAX_VALUE);
        }
        System.out.println("camel-speech sandbox (hosted) listening on " + sandbox.baseUrl());
        System.out.flush();
        // the HTTP threads are daemons: reading commands keeps the process alive until the parent stops it
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command; (command = commands.readLine()) != null; ) {
            answer(sandbox, command.trim());
        }
        sandbox.close();
    }

    private static void answer(SpeechSandbox sandbox, String command) {
        StringBuilder out = new StringBuilder();
        if (command.equals(CLEAR)) {
            sandbox.wire().clear();
            out.append(CLEARED).append('\n');
        } else if (command.startsWith(WIRE_COMMAND + " ")) {
            List<RecordedRequest> requests = sandbox.wire().requests(command.substring(WIRE_COMMAND.length()).trim());
            for (RecordedRequest request : requests) {
                out.append(new WireEntry(request.method(), request.responseStatus(), request.path(), action(request))
                        .line()).append('\n');
            }
            out.append(WIRE_END).append(' ').append(requests.size()).append('\n');
        } else {
            out.append(WIRE_END).append(" unknown command: ").append(command).append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }

    private static String action(RecordedRequest request) {
        JsonNode json = request.json();
        String action = json == null ? "" : json.path("action").asText("");
        return action.isEmpty() ? "-" : action;
    }
}
