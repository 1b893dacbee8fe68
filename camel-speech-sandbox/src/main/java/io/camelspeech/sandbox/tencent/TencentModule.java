package io.camelspeech.sandbox.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.Routes;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.util.UUID;

/**
 * Tencent Media Lab's voice cloning ({@code https://service-mqk0mc83-1257411467.bj.apigw.tencentcs.com}) under
 * {@code /tencent}: no auth header, credentials in the JSON body, jobs that generate audio or train models, a model
 * list and callbacks.
 */
public final class TencentModule implements ProviderModule {

    public static final String NAME = "tencent";
    public static final String BASE_PATH = "/tencent";

    private final Routes routes;

    public TencentModule(SandboxContext context) {
        TencentApi api = new TencentApi(context);
        this.routes = Routes.of(NAME).mount(BASE_PATH, new BodyCredentials(context.settings(TencentConfig.class)))
                .post(TencentApi.JOB_PATH, api::handle)
                .post(TencentApi.MODEL_PATH, api::handle)
                .notFound(exchange -> TencentException.http(404, "ResourceNotFound",
                        "No API at /" + exchange.endpoint() + "."))
                .methodNotAllowed(exchange -> TencentException.http(405, "UnsupportedOperation",
                        "/" + exchange.endpoint() + " only answers POST."))
                .routes();
    }

    @Override
    public Routes routes() {
        return routes;
    }

    /** {@code {"requestId": "...", "error": {"code": "...", "message": "..."}}}, usually with HTTP 200. */
    @Override
    public void sendError(ProviderExchange exchange, ProviderError error) throws IOException {
        ObjectNode body = SandboxJson.object().put("requestId", UUID.randomUUID().toString());
        body.putObject("error")
                .put("code", TencentAssumptions.FAULT_CODES.getOrDefault(error.code(), error.code()))
                .put("message", error.message());
        exchange.respondError(error, body);
    }
}
