package io.camelspeech.sandbox.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;
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

    private final TencentApi api;

    public TencentModule(SandboxContext context) {
        this.api = new TencentApi(context);
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
    public void handle(ProviderExchange exchange) throws IOException {
        try {
            api.handle(exchange);
        } catch (TencentException e) {
            sendError(exchange, e.error());
        }
    }

    /** {@code {"requestId": "...", "error": {"code": "...", "message": "..."}}}, usually with HTTP 200. */
    @Override
    public void sendError(ProviderExchange exchange, ProviderError error) throws IOException {
        ObjectNode body = SandboxJson.object().put("requestId", UUID.randomUUID().toString());
        body.putObject("error")
                .put("code", TencentAssumptions.FAULT_CODES.getOrDefault(error.code(), error.code()))
                .put("message", error.message());
        error.headers().forEach(exchange::setResponseHeader);
        exchange.respondJson(error.status(), body);
    }
}
