package io.camelspeech.sandbox.replica;

import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.S3ErrorResponse;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;

/**
 * Replica Studios' speech-to-speech API ({@code https://api.replicastudios.com/v2}) under {@code /replica/v2}, with
 * {@code X-Api-Key} auth, plus the S3-like storage its jobs use: the presigned POST target {@code /replica-uploads}
 * and the results {@code /replica-results}, both without a key.
 */
public final class ReplicaModule implements ProviderModule {

    public static final String NAME = "replica";
    public static final String BASE_PATH = "/replica/v2";
    public static final String UPLOAD_PATH = "/replica-uploads";
    public static final String RESULTS_PATH = "/replica-results";

    private static final int SIGNING_SECRET_BYTES = 32;

    private final SandboxConfig config;
    private final StsApi api;
    private final PresignedPostUpload upload;
    private final ResultDownload results;

    public ReplicaModule(SandboxContext context) {
        this.config = context.config();
        StsJobs jobs = new StsJobs();
        byte[] secret = new byte[SIGNING_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        long maxUpload = config.maxUploadBytes() > 0 ? config.maxUploadBytes() : ReplicaAssumptions.UPLOAD_LIMIT_BYTES;
        PresignedPost presigner = new PresignedPost(secret, context.baseUrl() + UPLOAD_PATH, maxUpload);
        this.api = new StsApi(context, jobs, presigner);
        this.upload = new PresignedPostUpload(jobs, presigner);
        this.results = new ResultDownload(jobs);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String basePath() {
        return BASE_PATH;
    }

    @Override
    public List<String> extraPaths() {
        return List.of(UPLOAD_PATH, RESULTS_PATH);
    }

    @Override
    public void handle(ProviderExchange exchange) throws IOException {
        try {
            switch (exchange.mountPath()) {
                case UPLOAD_PATH -> upload.handle(exchange);
                case RESULTS_PATH -> results.handle(exchange);
                default -> {
                    authenticate(exchange);
                    api.handle(exchange);
                }
            }
        } catch (ReplicaException e) {
            sendError(exchange, e.error());
        }
    }

    /** The API answers {@code {"detail": "..."}}; the storage answers S3's XML errors. */
    @Override
    public void sendError(ProviderExchange exchange, ProviderError error) throws IOException {
        if (!exchange.mountPath().equals(BASE_PATH)) {
            S3ErrorResponse.send(exchange, error);
            return;
        }
        error.headers().forEach(exchange::setResponseHeader);
        exchange.respondJson(error.status(), SandboxJson.object().put("detail", error.message()));
    }

    private void authenticate(ProviderExchange exchange) {
        String key = exchange.header("X-Api-Key");
        if (key == null || key.isBlank()) {
            throw ReplicaException.unauthorized("Missing API key: send it in the X-Api-Key header.");
        }
        if (!key.trim().equals(config.replicaApiKey())) {
            throw ReplicaException.unauthorized("Invalid API key.");
        }
    }
}
