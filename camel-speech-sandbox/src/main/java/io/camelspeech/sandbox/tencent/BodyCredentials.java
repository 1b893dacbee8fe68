package io.camelspeech.sandbox.tencent;

import io.camelspeech.sandbox.spi.Authentication;
import io.camelspeech.sandbox.spi.JsonFields;
import io.camelspeech.sandbox.spi.ProviderExchange;

/** Tencent's credentials: {@code secretId} and {@code secretKey} in the JSON body of every action. */
final class BodyCredentials implements Authentication {

    private final TencentConfig config;

    BodyCredentials(TencentConfig config) {
        this.config = config;
    }

    @Override
    public void check(ProviderExchange exchange) {
        JsonFields body = TencentApi.body(exchange);
        String secretId = body.text("secretId").orElse("");
        String secretKey = body.text("secretKey").orElse("");
        if (secretId.isEmpty() || secretKey.isEmpty()) {
            throw TencentException.authFailure("secretId and secretKey are required in the request body.");
        }
        if (!secretId.equals(config.secretId()) || !secretKey.equals(config.secretKey())) {
            throw TencentException.authFailure("The secretId or secretKey is not valid.");
        }
    }

    /** The credentials are in an action's body: a wrong path or method is answered before them. */
    @Override
    public boolean beforeRouting() {
        return false;
    }
}
