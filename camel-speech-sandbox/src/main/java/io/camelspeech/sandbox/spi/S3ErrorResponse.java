package io.camelspeech.sandbox.spi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Errors of the object storage that presigned upload URLs point to, in Amazon S3's XML format:
 * {@code <Error><Code/><Message/>...<RequestId/><HostId/></Error>}. Extra details become extra elements, as S3's
 * {@code MaxSizeAllowed} or {@code ProposedSize}.
 */
public final class S3ErrorResponse {

    public static final String CONTENT_TYPE = "application/xml";
    public static final ProviderError NO_SUCH_KEY = ProviderError.of(404, "NoSuchKey", "The specified key does not exist.");
    public static final ProviderError METHOD_NOT_ALLOWED = ProviderError.of(405, "MethodNotAllowed",
            "The specified method is not allowed against this resource.");

    // the neutral codes of injected faults, as S3 names them
    private static final Map<String, String> S3_CODES = Map.of(
            "rate_limited", "SlowDown",
            "internal_error", "InternalError",
            "model_loading", "ServiceUnavailable",
            "bad_request", "InvalidRequest",
            "not_found", "NoSuchKey");

    private S3ErrorResponse() {
    }

    public static void send(ProviderExchange exchange, ProviderError error) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>");
        element(xml, "Code", S3_CODES.getOrDefault(error.code(), error.code()));
        element(xml, "Message", error.message());
        error.details().forEach((name, value) -> element(xml, name, String.valueOf(value)));
        element(xml, "RequestId", HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextLong()));
        element(xml, "HostId", "camel-speech-sandbox");
        xml.append("</Error>");
        error.headers().forEach(exchange::setResponseHeader);
        exchange.respondBytes(error.status(), CONTENT_TYPE, xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
