package io.camelspeech.sandbox.audiostack;

import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The storage behind {@code uploadUrl}: S3-style presigned PUT URLs below {@code /audiostack-uploads}, signed over
 * the file id and its MIME type, and the PUT that streams a file in (no key; the signature is the permission).
 */
final class PresignedPut {

    private static final String SIGNATURE_PARAMETER = "X-Amz-Signature";
    private static final int SECRET_BYTES = 32;

    private final FileStore files;
    private final String storageUrl;
    private final long maxUploadBytes;
    private final byte[] secret = new byte[SECRET_BYTES];

    PresignedPut(FileStore files, String storageUrl, long maxUploadBytes) {
        this.files = files;
        this.storageUrl = storageUrl;
        this.maxUploadBytes = maxUploadBytes;
        new SecureRandom().nextBytes(secret);
    }

    String urlFor(StoredFile file) {
        return storageUrl + "/" + file.fileId() + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires="
                + AudioStackAssumptions.UPLOAD_URL_VALIDITY.toSeconds()
                + "&X-Amz-SignedHeaders=content-type%3Bhost&" + SIGNATURE_PARAMETER + "=" + signature(file);
    }

    void handle(ProviderExchange exchange) throws IOException {
        Optional<StoredFile> target = files.find(exchange.pathParameter("fileId"));
        String sent = exchange.queryParameter(SIGNATURE_PARAMETER).orElse("");
        if (target.isEmpty() || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII),
                signature(target.get()).getBytes(StandardCharsets.US_ASCII))) {
            throw signatureMismatch("use the uploadUrl exactly as POST /files returned it");
        }
        StoredFile file = target.get();
        long now = System.currentTimeMillis();
        if (now > file.createdAtMillis() + AudioStackAssumptions.UPLOAD_URL_VALIDITY.toMillis()) {
            throw AudioStackException.storage(403, "AccessDenied", "Request has expired");
        }
        String contentType = exchange.header("Content-Type");
        if (!file.mimeType().equals(contentType)) {
            throw signatureMismatch("the signed Content-Type is " + file.mimeType() + ", the request sent "
                    + (contentType == null ? "none" : contentType));
        }
        Optional<ReceivedFile> body = exchange.payload().rawBody();
        long size = body.map(ReceivedFile::size).orElse(0L);
        if (maxUploadBytes > 0 && size > maxUploadBytes) {
            throw AudioStackException.storage(400, "EntityTooLarge",
                    "Your proposed upload exceeds the maximum allowed size");
        }
        file.uploaded(body.map(received -> StoredFile.Upload.of(received, now)).orElse(StoredFile.Upload.empty(now)));
        // S3 answers an ETag; the sandbox only has a SHA-256 of the bytes, which serves the same purpose
        body.ifPresent(received -> exchange.setResponseHeader("ETag",
                "\"" + received.upload().sha256().substring(0, 32) + "\""));
        exchange.respond(200, "application/xml", 0, out -> { });
    }

    private static AudioStackException signatureMismatch(String hint) {
        return AudioStackException.storage(403, "SignatureDoesNotMatch", "The request signature we calculated does "
                + "not match the signature you provided. Check your key and signing method. (" + hint + ")");
    }

    private String signature(StoredFile file) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signed = (file.fileId() + "\n" + file.mimeType()).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(signed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime must provide HmacSHA256", e);
        }
    }
}
