package io.camelspeech.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The examples application. A provider without credentials in the environment (SPEECH_TTSAI_API_KEY,
 * SPEECH_REPLICA_API_KEY, SPEECH_AUDIOSTACK_API_KEY, SPEECH_AIMLAPI_API_KEY, SPEECH_TENCENT_SECRET_ID and _KEY,
 * SPEECH_OPENAI_API_KEY or SPEECH_OPENAI_BASE_URL) is
 * served by the sandbox started in this process; S3 is an embedded S3Proxy unless SPEECH_S3_ENDPOINT is set; the
 * callback endpoint is Camel's platform-http server. The routes are the same either way. Keys reach the component
 * through its credentials map (camel.component.speech.credentials[provider.option]), never through an endpoint URI.
 * <p>
 * The callback server listens on 127.0.0.1 unless a public address is configured (SPEECH_CALLBACK_BASE_URL: then on
 * 0.0.0.0). Health and the developer console are on a second server that always listens on 127.0.0.1.
 */
public final class SpeechExamplesApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpeechExamplesApplication.class);

    /** Sample file -> the inbox it starts in. */
    private static final Map<String, String> FOLDER_SAMPLES = Map.of(
            "welcome.txt", "tts", "pangram.txt", "tts",
            "hello.wav", "stt", "weather.mp3", "stt", "meeting.ogg", "stt",
            "meeting.ogg#sts", "sts", "my-voice.wav", "clone", "weather.mp3#subtitles", "subtitles");
    /** Every registered provider: each on the sandbox unless its credentials are set. */
    static final List<String> PROVIDERS
            = List.copyOf(io.camelspeech.component.provider.SpeechProviders.builtIn().available());
    private static final String LOOPBACK = "127.0.0.1";
    /** The component's default callbackPath (the routes do not change it). */
    private static final String CALLBACK_PATH = "/speech/callbacks";
    /** camel-platform-http-main's paths (camel.management.health-path and the fixed dev console path). */
    private static final String HEALTH_PATH = "/observe/health";
    private static final String DEV_CONSOLE_PATH = "/q/dev";

    private final Main main;
    private final ProgressBoard board;
    private final SpeechSandbox sandbox;
    private final EmbeddedS3 s3;
    private final PresignedUrls presigned;
    private final String managementUrl;

    private SpeechExamplesApplication(Main main, ProgressBoard board, SpeechSandbox sandbox, EmbeddedS3 s3,
                                      PresignedUrls presigned, String managementUrl) {
        this.main = main;
        this.board = board;
        this.sandbox = sandbox;
        this.s3 = s3;
        this.presigned = presigned;
        this.managementUrl = managementUrl;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("speech.examples.work", env("SPEECH_EXAMPLES_WORK", "work")));
        boolean runOnce = Arrays.asList(args).contains("--run-once")
                          || Boolean.parseBoolean(System.getProperty("speech.examples.run-once",
                                  env("SPEECH_EXAMPLES_RUN_ONCE", "false")));
        int exitCode;
        try (SpeechExamplesApplication application = create(work, runOnce)) {
            application.main.run(Arrays.stream(args).filter(a -> !a.equals("--run-once")).toArray(String[]::new));
            exitCode = application.board.failedCount() == 0 && application.board.allHandled() ? 0 : 1;
            LOG.info("finished: {}", application.board.summary());
        }
        if (runOnce) {
            System.exit(exitCode);
        }
    }

    /**
     * Configures (does not start) the application on a work folder. In run-once mode it stops by itself when every
     * input waiting at start has been handled.
     */
    public static SpeechExamplesApplication create(Path work, boolean runOnce) throws Exception {
        Path root = work.toAbsolutePath();
        ProgressBoard board = new ProgressBoard();
        // no main class: its package would be scanned for route builders, and ours takes constructor arguments
        Main main = new Main();
        main.addOverrideProperty("speech.work", root.toString());
        main.addOverrideProperty("camel.component.speech.job-store-directory", root.resolve("jobs").toString());

        SpeechSandbox sandbox = null;
        for (String provider : PROVIDERS) {
            if (!hasCredentials(provider)) {
                if (sandbox == null) {
                    sandbox = SpeechSandbox.start();
                    // jobs of an earlier run's sandbox cannot be resumed by this one
                    deleteTree(root.resolve("jobs"));
                }
                useSandbox(main, sandbox, provider);
            }
        }
        EmbeddedS3 s3 = null;
        String s3Endpoint = System.getenv("SPEECH_S3_ENDPOINT");
        if (s3Endpoint == null) {
            s3 = EmbeddedS3.start();
            s3Endpoint = s3.endpoint();
            main.addOverrideProperty("speech.s3.endpoint", s3Endpoint);
            main.addOverrideProperty("speech.s3.access-key", EmbeddedS3.ACCESS_KEY);
            main.addOverrideProperty("speech.s3.secret-key", EmbeddedS3.SECRET_KEY);
        }
        int callbackPort = port("SPEECH_CALLBACK_PORT");
        // loopback unless providers must reach it: only a configured public address opens it to the network
        String publicCallbackBaseUrl = env("SPEECH_CALLBACK_BASE_URL", null);
        String callbackHost = publicCallbackBaseUrl != null ? "0.0.0.0" : LOOPBACK;
        String callbackBaseUrl = publicCallbackBaseUrl != null ? publicCallbackBaseUrl
                : "http://" + LOOPBACK + ":" + callbackPort;
        main.addOverrideProperty("camel.server.enabled", "true");
        main.addOverrideProperty("camel.server.host", callbackHost);
        main.addOverrideProperty("camel.server.port", String.valueOf(callbackPort));
        main.addOverrideProperty("speech.callback-base-url", callbackBaseUrl);
        // health and dev console (application.properties turns them on): a server of their own, on loopback only,
        // whatever the callback server is open to
        int managementPort = port("SPEECH_MANAGEMENT_PORT");
        while (managementPort == callbackPort && System.getenv("SPEECH_MANAGEMENT_PORT") == null) {
            managementPort = freePort();
        }
        if (managementPort == callbackPort) {
            // one port would be one server: health and dev console on the callback server's interfaces
            throw new IllegalArgumentException("SPEECH_MANAGEMENT_PORT must differ from SPEECH_CALLBACK_PORT ("
                                               + callbackPort + "): health and the dev console stay on loopback");
        }
        main.addOverrideProperty("camel.management.host", LOOPBACK);
        main.addOverrideProperty("camel.management.port", String.valueOf(managementPort));
        String managementUrl = "http://" + LOOPBACK + ":" + managementPort;

        PresignedUrls presigned = new PresignedUrls(s3Endpoint,
                s3 != null ? EmbeddedS3.ACCESS_KEY : env("SPEECH_S3_ACCESS_KEY", ""),
                s3 != null ? EmbeddedS3.SECRET_KEY : env("SPEECH_S3_SECRET_KEY", ""), env("SPEECH_S3_REGION", "us-east-1"));
        main.bind("folderSteps", new FolderSteps(board, root));
        // the YAML routes take which files are inputs from the declaration the board counts with
        Inboxes.INCLUDE.forEach((useCase, include) ->
                main.addOverrideProperty(Inboxes.includeProperty(useCase), include));
        main.configure().addRoutesBuilder(new SpeechExampleRoutes(board, presigned));
        if ("yaml".equalsIgnoreCase(env("SPEECH_EXAMPLES_DSL", System.getProperty("speech.examples.dsl", "java")))) {
            main.addOverrideProperty("speech.examples.dsl", "yaml");
            main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:routes/yaml/*.camel.yaml");
        }

        board.expect(copyFolderSamplesOnFirstStart(root) + Inboxes.waitingInputs(root) + 1 /* the callback job */);
        if (runOnce) {
            board.whenAllHandled(main::completed);
        }
        LOG.info("Watching {}/inbox/{{tts,stt,sts,clone}}; results in {}/outbox, failures in {}/error; S3 {} buckets {} -> {}",
                root, root, root, s3Endpoint, "speech-in", "speech-out");
        LOG.info("Callbacks: {}{} (listening on {}:{})", callbackBaseUrl, CALLBACK_PATH, callbackHost, callbackPort);
        LOG.info("Health: {}{}", managementUrl, HEALTH_PATH);
        LOG.info("Dev console: {}{}", managementUrl, DEV_CONSOLE_PATH);
        return new SpeechExamplesApplication(main, board, sandbox, s3, presigned, managementUrl);
    }

    /** Camel Main's health endpoint (JSON, every check listed). */
    public String healthUrl() {
        return managementUrl + HEALTH_PATH;
    }

    /** Camel's developer console: the list of consoles; one console is at {@code <this>/<id>}, e.g. /q/dev/route. */
    public String devConsoleUrl() {
        return managementUrl + DEV_CONSOLE_PATH;
    }

    public void start() {
        main.start();
    }

    public ProgressBoard board() {
        return board;
    }

    public Main main() {
        return main;
    }

    @Override
    public void close() throws Exception {
        main.stop();
        presigned.close();
        if (s3 != null) {
            s3.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static boolean hasCredentials(String provider) {
        return switch (provider) {
            case "tencent" -> System.getenv("SPEECH_TENCENT_SECRET_ID") != null
                              && System.getenv("SPEECH_TENCENT_SECRET_KEY") != null;
            // a self-hosted OpenAI-compatible server (SPEECH_OPENAI_BASE_URL) may need no key
            case "openai" -> System.getenv("SPEECH_OPENAI_API_KEY") != null || System.getenv("SPEECH_OPENAI_BASE_URL") != null;
            default -> System.getenv("SPEECH_" + provider.toUpperCase() + "_API_KEY") != null;
        };
    }

    private static void useSandbox(Main main, SpeechSandbox sandbox, String provider) {
        main.addOverrideProperty("speech." + provider + ".base-url", sandbox.providerBaseUrl(provider));
        // the sandbox's own keys, in the component's credentials like real ones (not secrets: the sandbox is local)
        if ("tencent".equals(provider)) {
            main.addOverrideProperty(credentialsProperty("tencent", "secretId"), "sandbox-id");
            main.addOverrideProperty(credentialsProperty("tencent", "secretKey"), "sandbox-secret");
        } else {
            main.addOverrideProperty(credentialsProperty(provider, "apiKey"), "sandbox-key");
        }
        LOG.info("{}: no credentials in the environment, using the embedded sandbox at {}", provider,
                sandbox.providerBaseUrl(provider));
    }

    /** The Camel Main property of one credential in the component's credentials map (keyed provider.option). */
    static String credentialsProperty(String provider, String option) {
        return "camel.component.speech.credentials[" + provider + "." + option + "]";
    }

    /** On first start the samples go into the inboxes so there is something to see at once. */
    private static int copyFolderSamplesOnFirstStart(Path root) throws IOException {
        Path marker = root.resolve(".samples-copied");
        if (Files.exists(marker)) {
            return 0;
        }
        for (Map.Entry<String, String> sample : FOLDER_SAMPLES.entrySet()) {
            String file = sample.getKey().contains("#") ? sample.getKey().substring(0, sample.getKey().indexOf('#'))
                    : sample.getKey();
            Path inbox = Files.createDirectories(root.resolve("inbox").resolve(sample.getValue()));
            Path staging = root.resolve("." + file + ".copying");
            try (InputStream in = SpeechExamplesApplication.class.getResourceAsStream("/samples/" + file)) {
                Files.copy(in, staging, StandardCopyOption.REPLACE_EXISTING);
            }
            // moved in whole: a watched folder never sees half a file
            Files.move(staging, inbox.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.createFile(marker);
        LOG.info("First start: copied {} samples into {}/inbox", FOLDER_SAMPLES.size(), root);
        return 0; // counted with the other waiting inputs
    }

    /** The port in the environment variable, or a free one. */
    private static int port(String variable) throws IOException {
        int port = Integer.parseInt(env(variable, "0"));
        return port != 0 ? port : freePort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
