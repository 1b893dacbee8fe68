package io.camelspeech.sandbox.replica;

import io.camelspeech.sandbox.spi.KeyCheck;
import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.Routes;
import io.camelspeech.sandbox.spi.S3ErrorResponse;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Set;

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

    private final Routes routes;

    public ReplicaModule(SandboxContext context) {
        StsJobs jobs = new StsJobs();
        byte[] secret = new byte[SIGNING_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        long maxUpload = context.config().maxUploadBytes() > 0 ? context.config().maxUploadBytes()
                : ReplicaAssumptions.UPLOAD_LIMIT_BYTES;
        PresignedPost presigner = new PresignedPost(secret, context.baseUrl() + UPLOAD_PATH, maxUpload);
        StsApi api = new StsApi(context, jobs, presigner);
        PresignedPostUpload upload = new PresignedPostUpload(jobs, presigner);
        ResultDownload results = new ResultDownload(jobs, context.audio());
        KeyCheck apiKey = KeyCheck.header("X-Api-Key", Set.of(context.settings(ReplicaConfig.class).apiKey()),
                () -> ReplicaException.unauthorized("Missing API key: send it in the X-Api-Key header."),
                key -> ReplicaException.unauthorized("Invalid API key."));
        this.routes = Routes.of(NAME).mount(BASE_PATH, apiKey)
                .post("speech/sts", api::create)
                .post("speech/sts/{uuid}/start", api::start)
                .get("speech/{uuid}", api::status)
                .notFound(exchange -> ReplicaException.notFound("Not Found"))
                .methodNotAllowed(exchange -> ReplicaException.methodNotAllowed())
                .storage(UPLOAD_PATH)
                .post("", upload::handle)
                .storage(RESULTS_PATH)
                .get("{file}", results::handle)
                .routes();
    }

    @Override
    public Routes routes() {
        return routes;
    }

    /** The API answers {@code {"detail": "..."}}; the storage answers S3's XML errors. */
    @Override
    public void sendError(ProviderExchange exchange, ProviderError error) throws IOException {
        if (!exchange.mountPath().equals(BASE_PATH)) {
            S3ErrorResponse.send(exchange, error);
            return;
        }
        exchange.respondError(error, SandboxJson.object().put("detail", error.message()));
    }
}
